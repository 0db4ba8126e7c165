import { describe, expect, test } from 'vitest';
import type { DecodedFile } from '../../domain/certs/types';
import type { WordedEvaluation } from '../../state/inspector/word-results';
import { shelfAnnouncement } from './shelf-announcement';
import type { ShelfEntry, ShelfState } from '../../state/shelf/shelf-store';

const entry = (name: string, decoded: Partial<DecodedFile> | null, trouble: ShelfEntry['trouble'] = null): ShelfEntry => ({
  id: name,
  name,
  decoded: decoded ? { name, container: 'pem', items: [], problems: [], ...decoded } : null,
  problemTexts: [],
  trouble,
  unlocking: false,
});
const state = (entries: ShelfEntry[], legs?: WordedEvaluation['legs']): ShelfState => ({
  entries,
  overrides: {},
  unused: [],
  evaluation: legs ? { result: { assignments: {}, legs }, model: 'on-prem' } : null,
  open: true,
});

describe('shelfAnnouncement', () => {
  test.each([
    { title: 'no files: silence', s: state([]), text: '' },
    { title: 'files still being read', s: state([entry('a', null), entry('b', {})]), text: 'Reading 1 file…' },
    {
      title: 'problems counted per file, unreadable ones too',
      s: state([entry('a', { problems: [{ code: 'empty' }] }), entry('b', null, 'unreadable'), entry('c', {})]),
      text: '3 files, 2 with problems.',
    },
    {
      title: 'the verdicts, worst first',
      s: state(
        [entry('a', {})],
        [
          { id: 'agent-fleet', name: 'A', verdict: 'fail', findings: [] },
          { id: 'fleet-self', name: 'B', verdict: 'pass', findings: [] },
          { id: 'fleet-es', name: 'C', verdict: 'incomplete', findings: [] },
          { id: 'agent-output', name: 'D', verdict: 'pass', findings: [] },
        ],
      ),
      text: '1 file. Connections: 1 fails, 1 needs more files, 2 pass.',
    },
  ])('$title', ({ s, text }) => {
    expect(shelfAnnouncement(s)).toBe(text);
  });
});
