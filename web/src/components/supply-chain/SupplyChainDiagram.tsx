import type { Partnership } from "../../../../src/shared/index.ts";
import type { PbrProvider } from "../../../../src/shared/pbr.ts";
import type { NameMap } from "../../hooks/useNames.ts";

const W = 960;
const LEFT = 150;
const NODE_H = 40;
const ROWS = [
  { key: "commissioner", label: "Commissioner", y: 20 },
  { key: "prime", label: "Prime contractor", y: 100 },
  { key: "tier1", label: "Tier 1: end-to-end", y: 190 },
  { key: "tier2", label: "Tier 2: specialist", y: 280 },
] as const;
const H = 340;

interface Node {
  key: string;
  label: string;
  row: (typeof ROWS)[number]["key"];
  fromModel: boolean;
  /** A member of the partnership that is also a provider in the model (same id): drawn once. */
  member?: boolean;
}

function nodesOf(
  partnership: Partnership | null,
  providers: PbrProvider[],
  names: NameMap,
): Node[] {
  const nodes: Node[] = [];
  if (partnership?.commissioner)
    nodes.push({
      key: `c-${partnership.commissioner}`,
      label: names.get(partnership.commissioner) ?? partnership.commissioner,
      row: "commissioner",
      fromModel: false,
    });
  else
    nodes.push({
      key: "c-commissioner",
      label: "Commissioner",
      row: "commissioner",
      fromModel: true,
    });
  const modelled = new Set(providers.map((p) => p.id));
  for (const m of partnership?.members ?? [])
    if (
      m.left === null &&
      !modelled.has(m.organisation) &&
      (m.role === "prime" || m.role === "tier1" || m.role === "tier2")
    )
      nodes.push({
        key: `m-${m.organisation}`,
        label: names.get(m.organisation) ?? m.organisation,
        row: m.role,
        fromModel: false,
      });
  // A provider whose id is a current member's organisation id is that member: one box, at the model's tier.
  const current = new Set(
    (partnership?.members ?? []).filter((m) => m.left === null).map((m) => m.organisation),
  );
  for (const p of providers)
    nodes.push({
      key: `p-${p.id}`,
      label: names.get(p.id) ?? p.name,
      row: p.tier,
      fromModel: true,
      member: current.has(p.id),
    });
  return nodes;
}

interface Placed extends Node {
  x: number;
  y: number;
  w: number;
}

function place(nodes: Node[]): Placed[] {
  return ROWS.flatMap((row) => {
    const inRow = nodes.filter((n) => n.row === row.key);
    const slot = (W - LEFT - 10) / Math.max(1, inRow.length);
    const w = Math.min(190, slot - 10);
    return inRow.map((n, i) => ({ ...n, x: LEFT + slot * i + (slot - w) / 2, y: row.y, w }));
  });
}

const roleOf = (n: Node) =>
  n.member
    ? "member of the partnership, in the model"
    : n.fromModel
      ? "in the model"
      : "member of the partnership";

const clipText = (text: string, width: number) => {
  const max = Math.floor(width / 6.4);
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
};

/** The chain drawn top-down: commissioner → prime → tier 1 and tier 2, from the partnership's members and the model's providers. */
export function SupplyChainDiagram(props: {
  partnership: Partnership | null;
  providers: PbrProvider[];
  names: NameMap;
}) {
  const placed = place(nodesOf(props.partnership, props.providers, props.names));
  const at = (row: string) => placed.filter((n) => n.row === row);
  const primes = at("prime");
  const top = at("commissioner")[0];
  const edges: [Placed, Placed][] = [
    ...(top ? primes.map((p) => [top, p] as [Placed, Placed]) : []),
    ...primes.flatMap((p) =>
      [...at("tier1"), ...at("tier2")]
        .filter((t) => t.fromModel === p.fromModel)
        .map((t) => [p, t] as [Placed, Placed]),
    ),
  ];
  return (
    <figure className="sc-chart sc-diagram" data-chart="supply-chain-diagram">
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label="Supply-chain diagram: commissioner, prime, tier 1 and tier 2 providers"
      >
        <defs>
          <marker
            id="sc-arrow"
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="7"
            markerHeight="7"
            orient="auto-start-reverse"
          >
            <path d="M 0 0 L 10 5 L 0 10 z" className="sc-arrowhead" />
          </marker>
        </defs>
        {ROWS.map((r) => (
          <text key={r.key} x={8} y={r.y + NODE_H / 2 + 4} className="sc-row-label">
            {r.label}
          </text>
        ))}
        {edges.map(([a, b]) => (
          <line
            key={`${a.key}-${b.key}`}
            x1={a.x + a.w / 2}
            y1={a.y + NODE_H}
            x2={b.x + b.w / 2}
            y2={b.y}
            className={b.fromModel && !b.member ? "sc-edge sc-edge-model" : "sc-edge"}
            markerEnd="url(#sc-arrow)"
          />
        ))}
        {placed.map((n) => (
          <g
            key={n.key}
            className={`sc-node sc-node-${n.row}${n.fromModel ? " sc-node-model" : ""}${n.member ? " sc-node-member" : ""}`}
          >
            <title>{`${n.label} (${roleOf(n)})`}</title>
            <rect x={n.x} y={n.y} width={n.w} height={NODE_H} rx={6} />
            <text x={n.x + n.w / 2} y={n.y + NODE_H / 2 + 4} textAnchor="middle">
              {clipText(n.label, n.w)}
            </text>
          </g>
        ))}
      </svg>
      <figcaption className="muted">
        Solid boxes: members of the linked partnership and their roles. Dashed boxes: providers in
        the payment model. A member that is also a provider (same organisation id) is one
        organisation and is drawn once, solid, at its tier in the model. Arrows follow the money and
        the referrals: the commissioner pays the prime, which passes work and payment down the
        tiers.
      </figcaption>
    </figure>
  );
}
