import type { DecodedFile } from '../../domain/certs/types';
import type { Finding } from '../../domain/checks/finding';
import type { Evaluation, LegReport } from '../../domain/verdict/evaluate';
import { describeFileProblem, describeFinding, LEG_NAMES } from '#words/findings';

// The page words what the inspector worker answers, as the answers arrive: the worker
// posts codes only, so that the findings' catalogue ships once, in a lazy chunk the
// certificate panel shares with the output panel (ADR 3).

/** A decoded file, and each of its problems in words (same order as `decoded.problems`). */
export interface WordedFile {
  readonly decoded: DecodedFile;
  readonly problemTexts: readonly string[];
}

/** A finding with its words (an intersection: a finding is a union over its codes). */
export type WordedFinding = Finding & { readonly text: string };

export interface WordedLeg extends LegReport {
  /** The connection, named for people. */
  readonly name: string;
  readonly findings: readonly WordedFinding[];
}

/** An evaluation whose connections carry their names and whose findings carry their words. */
export interface WordedEvaluation extends Evaluation {
  readonly legs: readonly WordedLeg[];
}

export function wordFile(decoded: DecodedFile): WordedFile {
  return { decoded, problemTexts: decoded.problems.map(describeFileProblem) };
}

export function wordEvaluation(evaluation: Evaluation): WordedEvaluation {
  return {
    ...evaluation,
    legs: evaluation.legs.map((leg) => ({ ...leg, name: LEG_NAMES[leg.id], findings: leg.findings.map((f) => ({ ...f, text: describeFinding(f) })) })),
  };
}
