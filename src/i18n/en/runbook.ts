import type { Finding } from '../../domain/checks/finding';
import { renderRunbook } from '../../domain/generate/render-runbook';
import { runbookHeading, type RunbookStep } from '../../domain/generate/runbook';
import type { Plan } from '../../domain/plan/schema';
import { describeNote } from '#words/artifact-notes';
import { describeFinding } from '#words/findings';

const SEVERITY_WORDS = { error: 'Error', warning: 'Warning', info: 'Note' } as const;

/** A finding as one line of "what to watch for". */
export function watchForLine(finding: Finding): string {
  return `${SEVERITY_WORDS[finding.severity]}: ${describeFinding(finding)}`;
}

/**
 * The runbook in English, as `fleet-tls render` prints it and the page's "Download
 * runbook" saves it: numbered steps, then what to watch for.
 */
export function runbookText(plan: Plan, steps: readonly RunbookStep[], findings: readonly Finding[]): string {
  return renderRunbook(steps, describeNote, { heading: runbookHeading(plan), watchFor: findings.map(watchForLine) });
}
