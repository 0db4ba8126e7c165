import { describe, expect, expectTypeOf, it } from 'vitest';
import type { FileProblem, FileProblemParams } from '../domain/certs/types';
import type { ArtifactNote, ArtifactNoteParams, ScriptNote } from '../domain/generate/artifact-note';
import type { PlanIssue, PlanIssueParams } from '../domain/plan/plan-issue';
import { ARTIFACT_NOTE_MESSAGES, describeNote } from '#words/artifact-notes';
import { PLAN_ISSUE_MESSAGES } from '#words/domain';
import { describeFileProblem, FILE_PROBLEM_MESSAGES } from '#words/findings';
import { say, type CodedCatalogue } from './contract';
import { describeIssue } from './words';

// The contract between the codes and the words, checked by tsc (tsconfig.node.json takes
// the tests in): each `@ts-expect-error` line must fail to type-check, or tsc fails on
// the unused directive. A second language's catalogue is typed like `zh` below.

/** A value of exactly type T: the line fails to type-check when the value is not one. */
const typed = <T>(value: T): T => value;

describe('plan issues', () => {
  it('a catalogue has every code, each message reading its own parameters, typed', () => {
    const zh = {
      ...PLAN_ISSUE_MESSAGES,
      'too-long': (p) => `长度为 ${p.length + 0} 个字符；此处最多 ${p.limit} 个。`,
      'version-too-old': (p) => `${p.feature} 需要 Elastic Agent ${p.needed} 或更高版本。`,
    } satisfies CodedCatalogue<PlanIssueParams>;
    expect(say(zh, { code: 'too-long', params: { length: 12, limit: 10 } })).toBe('长度为 12 个字符；此处最多 10 个。');
    expectTypeOf(PLAN_ISSUE_MESSAGES).toEqualTypeOf<CodedCatalogue<PlanIssueParams>>();

    const { required: _required, ...withoutRequired } = PLAN_ISSUE_MESSAGES;
    // @ts-expect-error a catalogue missing a code is not a plan-issue catalogue
    typed<CodedCatalogue<PlanIssueParams>>(withoutRequired);
    typed<CodedCatalogue<PlanIssueParams>>({
      ...PLAN_ISSUE_MESSAGES,
      // @ts-expect-error 'url-invalid' has a value, no feature
      'url-invalid': (p) => `${p.feature}`,
    });
    typed<CodedCatalogue<PlanIssueParams>>({
      ...PLAN_ISSUE_MESSAGES,
      // @ts-expect-error 'too-long' counts in numbers, not strings
      'too-long': (p: { length: string; limit: string }) => p.length.padStart(3),
    });
  });

  it('a producer gives exactly its code’s parameters, of their types', () => {
    expect(describeIssue(typed<PlanIssue>({ path: ['title'], code: 'too-long', params: { length: 12, limit: 10 } }))).toBe(
      'This is 12 characters long; the most a value here can be is 10.',
    );
    // @ts-expect-error length is a number
    typed<PlanIssue>({ path: [], code: 'too-long', params: { length: '12', limit: 10 } });
    // @ts-expect-error 'url-invalid' needs its value
    typed<PlanIssue>({ path: [], code: 'url-invalid' });
    // @ts-expect-error a misnamed parameter
    typed<PlanIssue>({ path: [], code: 'url-invalid', params: { url: 'x' } });
    // @ts-expect-error the feature is one of the gated ones
    typed<PlanIssue>({ path: [], code: 'version-too-old', params: { feature: 'defend', needed: '9.1.0' } });
    // @ts-expect-error an unknown code
    typed<PlanIssue>({ path: [], code: 'url-bad' });
    typed<PlanIssue>({ path: [], code: 'required' });
  });
});

describe('file problems', () => {
  it('a producer gives its code’s parameters; the catalogue reads them typed', () => {
    const problem = typed<FileProblem>({ code: 'work-limit-exceeded', params: { limit: 'scrypt-work', needed: 2_000_000, allowed: 524_288 } });
    expect(describeFileProblem(problem)).toContain('scrypt work of 2,000,000');
    expectTypeOf(FILE_PROBLEM_MESSAGES).toEqualTypeOf<CodedCatalogue<FileProblemParams>>();
    // @ts-expect-error the limit is one of the file's work limits
    typed<FileProblem>({ code: 'work-limit-exceeded', params: { limit: 'iterations', needed: 1, allowed: 0 } });
    // @ts-expect-error a PEM-only problem says which block
    typed<FileProblem>({ code: 'pem-truncated' });
    typed<FileProblem>({ code: 'password-needed' });
    typed<FileProblem>({ code: 'password-needed', params: { block: 1, label: 'ENCRYPTED PRIVATE KEY' } });
    typed<CodedCatalogue<FileProblemParams>>({
      ...FILE_PROBLEM_MESSAGES,
      // @ts-expect-error 'empty' has no parameters
      empty: (p) => `${p.size}`,
    });
  });
});

describe('artifact notes', () => {
  it('a producer gives its code’s parameters; a script takes only script notes', () => {
    expect(describeNote(typed<ArtifactNote>({ code: 'plan-not-ready', params: { count: 1 } }))).toMatch(/^This plan still has a problem\./);
    expectTypeOf(ARTIFACT_NOTE_MESSAGES).toEqualTypeOf<CodedCatalogue<ArtifactNoteParams>>();
    // @ts-expect-error leaks is a boolean
    typed<ArtifactNote>({ code: 'kibana-es-authentication-empty', params: { leaks: 1 } });
    // @ts-expect-error place-files gives each file, for the writer to quote
    typed<ScriptNote>({ code: 'place-files', params: { dir: '/etc/certs', files: 'a.crt, b.key' } });
    // @ts-expect-error a runbook step's title is not a script note
    typed<ScriptNote>({ code: 'step-kibana' });
    typed<CodedCatalogue<ArtifactNoteParams>>({
      ...ARTIFACT_NOTE_MESSAGES,
      // @ts-expect-error 'download' names an artifact, not a file
      download: (p) => `${p.file}`,
    });
  });
});
