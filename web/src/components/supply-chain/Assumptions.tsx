/** The assumptions behind a result, in plain words, shown next to it (collapsed by default). */
export function Assumptions({
  lines,
  title = "Assumptions behind these numbers",
}: {
  lines: string[];
  title?: string;
}) {
  return (
    <details className="sc-assumptions">
      <summary>{title}</summary>
      <ul>
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </details>
  );
}
