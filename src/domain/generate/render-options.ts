/**
 * How a script is written (ADR 6):
 * - `file`: what Download saves and the golden files show. It says how to run it, stops
 *   on the first failure, and carries comments.
 * - `paste`: what Copy puts on the clipboard, to paste into a terminal. No comments; one
 *   block that the shell reads whole before it runs any of it, and that a failure leaves
 *   without closing the terminal.
 */
export type ScriptForm = 'file' | 'paste';

export interface RenderOptions {
  readonly form: ScriptForm;
  /** The file name Download saves under, named in the file form's header. */
  readonly fileName?: string;
  /**
   * Set while the plan still has problems: the script prints this and stops before
   * anything else, so a not-ready plan's commands cannot run by accident.
   */
  readonly refusal?: string;
}
