import { describe, expect, it } from 'vitest';
import { SCRIPT_NOTE_CODES, type ScriptNote } from '../../domain/generate/artifact-note';
import { describeNote } from '#words/artifact-notes';

// An interactive zsh without interactive_comments runs a pasted comment line as the
// command `#` with the rest as arguments, expanded first. Words free of these characters
// expand to themselves: no substitution, redirection, glob, brace or tilde expansion,
// history expansion, or second command. # ^ = \ guard against EXTENDED_GLOB, EQUALS and
// escapes. Values are not the catalogue's business: the script writer quotes them.
const SHELL_SPECIAL = /[()<>;&|$`'"*?[\]!{}~#^=\\]/;

describe('the artifact notes’ English words', () => {
  // Every parameter stands in as a plain word, and as a list of two, so only the
  // catalogue's own text is judged. The word is a list of one, which reads as the word
  // where a message expects a string and joins to it where it expects a list.
  const params = new Proxy({}, { get: () => ['VALUE'], has: () => true });
  const listParams = new Proxy({}, { get: () => ['ONE', 'TWO'], has: () => true });

  // Only the notes a script can carry (the type system keeps the others out of scripts).
  it.each([...SCRIPT_NOTE_CODES])('%s: no character a shell gives a meaning to', (code) => {
    for (const p of [params, listParams]) {
      // Any value for any parameter: the test's own cast, on purpose.
      const text = describeNote({ code, params: p } as ScriptNote);
      expect(text.match(SHELL_SPECIAL)?.[0] ?? null, text).toBeNull();
      // Each line of a note becomes one comment line: no other line breaks.
      expect(text).not.toMatch(/[\r\u0085\u2028\u2029]/);
    }
  });

  it('the rule catches the words it replaced', () => {
    expect('Replace the <PLACEHOLDERS> with the values from Kibana.').toMatch(SHELL_SPECIAL);
    expect('Enable and start the service first, then enroll (the reverse order fails on the daemon restart).').toMatch(SHELL_SPECIAL);
  });
});
