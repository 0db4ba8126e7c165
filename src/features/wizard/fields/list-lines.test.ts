import { describe, expect, test } from 'vitest';
import { parseLines, textShows } from './list-lines';

describe('parseLines', () => {
  test.each([
    { title: 'one per line, trimmed', text: ' https://a \nhttps://b', lines: ['https://a', 'https://b'] },
    { title: 'blank lines and a trailing newline are dropped', text: 'https://a\n\n  \nhttps://b\n', lines: ['https://a', 'https://b'] },
    { title: 'Windows line ends', text: 'https://a\r\nhttps://b', lines: ['https://a', 'https://b'] },
    { title: 'empty text is an empty list', text: '', lines: [] },
  ])('$title', ({ text, lines }) => {
    expect(parseLines(text)).toEqual(lines);
  });
});

describe('textShows', () => {
  test('a newline just typed still shows the same list (the textarea keeps it)', () => {
    expect(textShows('https://a\n', ['https://a'])).toBe(true);
  });
  test('a list changed from outside (an opened plan) does not', () => {
    expect(textShows('https://a', ['https://b'])).toBe(false);
    expect(textShows('https://a', ['https://a', 'https://b'])).toBe(false);
  });
});
