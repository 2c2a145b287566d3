import type { ProviderResult } from "../../../../src/shared/supply-chain-views.ts";
import { pct } from "../../lib/supply-chain-chart.ts";

function verdict(p: ProviderResult): string {
  const b = p.breakEvenPerformance;
  if (b === null)
    return p.npv >= 0
      ? "Pays even with no job outcomes of its own"
      : "Does not pay at any performance";
  if (b <= p.performance)
    return `Still breaks even at ${pct(b / p.performance, 0)} of its modelled performance`;
  return `Needs ${pct(b / p.performance - 1, 0)} better performance to break even`;
}

/** The performance multiplier at which each provider's NPV is zero, next to what the model assumes. */
export function BreakEvenTable({ providers }: { providers: ProviderResult[] }) {
  return (
    <>
      <p className="muted">
        Break-even performance is the multiplier on a provider's chances of getting participants
        into work at which its NPV is exactly zero, everyone else as modelled. 1.00 means the
        modelled rates; 0.80 means it breaks even with 20% fewer job starts; above its modelled
        performance, it loses money as things stand.
      </p>
      <div className="table-scroll">
        <table className="sc-table" data-table="break-even">
          <thead>
            <tr>
              <th scope="col">Provider</th>
              <th scope="col" className="num">
                Modelled performance
              </th>
              <th scope="col" className="num">
                Break-even performance
              </th>
              <th scope="col">In words</th>
            </tr>
          </thead>
          <tbody>
            {providers.map((p) => (
              <tr key={p.id}>
                <th scope="row">{p.name}</th>
                <td className="num">{p.performance.toFixed(2)}</td>
                <td className="num">
                  {p.breakEvenPerformance === null ? "—" : p.breakEvenPerformance.toFixed(2)}
                </td>
                <td>{verdict(p)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
