import type { NetworkResult } from "../../../../src/shared/index.ts";
import { SECTOR_LABELS, type Sector } from "../../../../src/shared/index.ts";
import { formatNumber } from "../../lib/format.ts";
import { formatMeasure, METRIC_LABELS } from "../../lib/landscape-format.ts";
import { SECTOR_COLOURS } from "../../lib/network-graph.ts";
import { Link } from "../../router.tsx";

/** How many organisations the table lists at most (the CSV has them all). */
const ROWS = 300;

/** The sector colours and what a node's size means. */
export function NetworkLegend({ metric }: { metric: NetworkResult["metric"] }) {
  return (
    <ul className="network-legend" aria-label="Legend">
      {(Object.keys(SECTOR_COLOURS) as Sector[]).map((sector) => (
        <li key={sector}>
          <span className="legend-dot" style={{ background: SECTOR_COLOURS[sector] }} />
          {SECTOR_LABELS[sector]}
        </li>
      ))}
      <li className="muted">
        Circle area: {METRIC_LABELS[metric].toLowerCase()} (smallest when not known) · line width:
        partnerships shared
      </li>
    </ul>
  );
}

/** The organisations on the map with their links, largest first: the map in words. */
export function NetworkTable({
  network,
  workspace,
}: {
  network: NetworkResult;
  workspace: string;
}) {
  const links = new Map<string, number>();
  for (const e of network.edges) {
    links.set(e.source, (links.get(e.source) ?? 0) + 1);
    links.set(e.target, (links.get(e.target) ?? 0) + 1);
  }
  const rows = [...network.nodes]
    .sort((a, b) => (b.size ?? -1) - (a.size ?? -1) || a.label.localeCompare(b.label))
    .slice(0, ROWS);
  const base = `/w/${encodeURIComponent(workspace)}/organisations/`;
  return (
    <div className="table-scroll network-table">
      <table>
        <caption className="muted">
          {network.nodes.length > ROWS
            ? `The ${ROWS} largest of ${formatNumber(network.nodes.length)} organisations (the CSV lists all).`
            : `${formatNumber(network.nodes.length)} organisations, largest first.`}
        </caption>
        <thead>
          <tr>
            <th scope="col">Organisation</th>
            <th scope="col">Sector</th>
            <th scope="col">{METRIC_LABELS[network.metric]}</th>
            <th scope="col">Linked organisations</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((n) => (
            <tr key={n.key}>
              <td>
                <Link href={base + encodeURIComponent(n.key)}>{n.label}</Link>
              </td>
              <td>{SECTOR_LABELS[n.sector]}</td>
              <td className="number">{formatMeasure(network.metric, n.size)}</td>
              <td className="number">{formatNumber(links.get(n.key) ?? 0)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
