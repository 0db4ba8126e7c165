/**
 * What is wrong with this file alone, in words (the engine's, from the worker). The same
 * sentence once: two encrypted keys in one file are two problems that read alike.
 */
export function FileProblems({ texts }: { texts: readonly string[] }) {
  const unique = [...new Set(texts)];
  if (unique.length === 0) return null;
  return (
    <ul className="shelf-file-problems">
      {unique.map((text, i) => (
        <li key={i} className="shelf-file-problem">
          {text}
        </li>
      ))}
    </ul>
  );
}
