import type { DecodedFile } from '../../domain/certs/types';
import type { Evaluation } from '../../domain/verdict/evaluate';
import { describeFileProblem, describeFinding, LEG_NAMES } from '#words/findings';
import type { WordedEvaluation, WordedFile } from './inspector-protocol';

// Imported by the inspector worker only: the page gets these words from it (see the protocol).

export function wordFile(decoded: DecodedFile): WordedFile {
  return { decoded, problemTexts: decoded.problems.map(describeFileProblem) };
}

export function wordEvaluation(evaluation: Evaluation): WordedEvaluation {
  return {
    ...evaluation,
    legs: evaluation.legs.map((leg) => ({ ...leg, name: LEG_NAMES[leg.id], findings: leg.findings.map((f) => ({ ...f, text: describeFinding(f) })) })),
  };
}
