/** The assumptions a result rests on, listed under it so nobody reads a number without them. */
export function AssumptionsList({ assumptions, note }: { assumptions: string[]; note?: string }) {
  return (
    <details className="assumptions" open>
      <summary>Assumptions behind these results</summary>
      <ul>
        {assumptions.map((a) => (
          <li key={a}>{a}</li>
        ))}
        {note && <li>{note}</li>}
      </ul>
    </details>
  );
}
