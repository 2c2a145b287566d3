import type { ProviderResult } from "../../../../src/shared/supply-chain-views.ts";
import { money, TIER_LABELS } from "../../lib/supply-chain-chart.ts";

/** Each provider's revenue, costs, NPV, peak funding and the week its cash turns positive for good. */
export function ProviderTable({ providers }: { providers: ProviderResult[] }) {
  return (
    <div className="table-scroll">
      <table className="sc-table" data-table="providers">
        <thead>
          <tr>
            <th scope="col">Provider</th>
            <th scope="col">Tier</th>
            <th scope="col" className="num">
              Revenue
            </th>
            <th scope="col" className="num">
              Costs
            </th>
            <th scope="col" className="num">
              NPV
            </th>
            <th scope="col" className="num">
              Peak funding
            </th>
            <th scope="col" className="num">
              Cash positive from
            </th>
          </tr>
        </thead>
        <tbody>
          {providers.map((p) => (
            <tr key={p.id} data-provider={p.id}>
              <th scope="row">{p.name}</th>
              <td>{TIER_LABELS[p.tier]}</td>
              <td className="num">{money(p.revenue)}</td>
              <td className="num">{money(p.costs)}</td>
              <td className={p.npv < 0 ? "num sc-negative" : "num"} data-cell="npv">
                {money(p.npv)}
              </td>
              <td className="num">{money(p.peakFunding)}</td>
              <td className="num">
                {p.cashPositiveWeek === null ? "never" : `week ${p.cashPositiveWeek}`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
