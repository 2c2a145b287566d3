import { csvTextOf } from "../../../../src/shared/csv-text.ts";
import type { SectorNetworkResult } from "../../../../src/shared/index.ts";
import { formatDate, formatNumber } from "../../lib/format.ts";
import { downloadBlob } from "../../lib/network-svg.ts";
import { Link } from "../../router.tsx";

const TOP = 20;

/** The measures as CSV through the one shared writer (formula-safe cells: no spreadsheet injection). */
function csvOf(r: SectorNetworkResult): string {
  return csvTextOf(
    ["id", "name", "degree", "pagerank", "betweenness", "community", "broker", "primes"],
    r.organisations.map((o) => [
      o.id,
      o.name,
      o.degree,
      o.pagerank,
      o.betweenness,
      o.community,
      o.broker,
      o.primes.join(";"),
    ]),
  );
}

/** The organisations with the highest PageRank, their degree, betweenness, community and broker flag. */
export function NetworkMeasures({
  result: r,
  workspace,
}: {
  result: SectorNetworkResult;
  workspace: string;
}) {
  if (r.empty) return <p className="muted">{r.note ?? "No organisation to measure."}</p>;
  const top = [...r.organisations].sort((a, b) => b.pagerank - a.pagerank).slice(0, TOP);
  const base = `/w/${encodeURIComponent(workspace)}/organisations/`;
  const how =
    r.betweenness.method === "exact"
      ? "exact betweenness"
      : `betweenness sampled from ${r.betweenness.pivots} pivots`;
  return (
    <>
      <p>
        On {formatDate(r.asOf)}: {formatNumber(r.organisations.length)} organisations,{" "}
        {formatNumber(r.edges)} links, {formatNumber(r.communities)} communities (Louvain,
        modularity {r.modularity.toFixed(2)}); {how}, seed {r.betweenness.seed}. PageRank weighs
        links by the partnerships shared. A broker sits in more than one prime contractor's supply
        chain.
      </p>
      <div className="table-scroll">
        <table>
          <caption className="muted">Top {top.length} by PageRank</caption>
          <thead>
            <tr>
              <th scope="col">Organisation</th>
              <th scope="col">Linked organisations</th>
              <th scope="col">PageRank</th>
              <th scope="col">Betweenness</th>
              <th scope="col">Community</th>
              <th scope="col">Broker</th>
            </tr>
          </thead>
          <tbody>
            {top.map((o) => (
              <tr key={o.id}>
                <td>
                  <Link href={base + encodeURIComponent(o.id)}>{o.name}</Link>
                </td>
                <td className="number">{formatNumber(o.degree)}</td>
                <td className="number">{o.pagerank.toFixed(4)}</td>
                <td className="number">{o.betweenness.toFixed(4)}</td>
                <td className="number">{o.community + 1}</td>
                <td>
                  {o.broker ? <span className="badge">broker: {o.primes.length} primes</span> : "—"}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>
        <button
          type="button"
          onClick={() => downloadBlob(csvOf(r), `network-measures-${r.asOf}.csv`, "text/csv")}
        >
          Download all measures (CSV)
        </button>
      </p>
    </>
  );
}
