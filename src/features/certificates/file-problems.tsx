/** What is wrong with this file alone, in words (the engine's, from the worker). */
export function FileProblems({ texts }: { texts: readonly string[] }) {
  if (texts.length === 0) return null;
  return (
    <ul className="shelf-file-problems">
      {texts.map((text, i) => (
        <li key={i} className="shelf-file-problem">
          {text}
        </li>
      ))}
    </ul>
  );
}
