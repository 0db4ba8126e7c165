/**
 * Moves focus to a field by id. A fieldset (radio or checkbox group) passes it on to its
 * checked option, or its first one.
 */
export function focusById(id: string): boolean {
  const element = document.getElementById(id);
  if (!element) return false;
  const target =
    element instanceof HTMLFieldSetElement
      ? (element.querySelector<HTMLInputElement>('input:checked:not(:disabled)') ??
        element.querySelector<HTMLInputElement>('input:not(:disabled), button:not(:disabled), textarea, select') ??
        element)
      : element;
  target.focus();
  target.scrollIntoView({ block: 'center' });
  return document.activeElement === target;
}
