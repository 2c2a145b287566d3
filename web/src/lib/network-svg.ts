import { SECTOR_LABELS } from "../../../src/shared/index.ts";
import { type MapGraph, SECTOR_COLOURS } from "./network-graph.ts";

const WIDTH = 1000;
const HEIGHT = 760;
const PAD = 40;

function escapeXml(text: string): string {
  return text.replace(
    /[<>&"']/g,
    (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c]!,
  );
}

/** Maps layout coordinates into the drawing's box, keeping the aspect ratio (y grows upwards). */
function projectionOf(graph: MapGraph) {
  let [minX, maxX, minY, maxY] = [Infinity, -Infinity, Infinity, -Infinity];
  graph.forEachNode((_key, a) => {
    [minX, maxX, minY, maxY] = [
      Math.min(minX, a.x),
      Math.max(maxX, a.x),
      Math.min(minY, a.y),
      Math.max(maxY, a.y),
    ];
  });
  const span = Math.max(maxX - minX, maxY - minY, 1e-9);
  const scale = Math.min(WIDTH - 2 * PAD, HEIGHT - 2 * PAD - 40) / span;
  return (x: number, y: number) => ({
    x: PAD + (x - minX) * scale,
    y: HEIGHT - PAD - (y - minY) * scale,
  });
}

/**
 * The map as a stand-alone SVG document written from the graph's positions and colours: links,
 * organisations (labels on the larger ones), a title and a sector legend.
 */
export function svgOfMap(graph: MapGraph, title: string): string {
  const at = projectionOf(graph);
  const lines: string[] = [];
  graph.forEachEdge((_key, e, source, target) => {
    const s = graph.getNodeAttributes(source);
    const t = graph.getNodeAttributes(target);
    const [p, q] = [at(s.x, s.y), at(t.x, t.y)];
    lines.push(
      `<line x1="${p.x.toFixed(1)}" y1="${p.y.toFixed(1)}" x2="${q.x.toFixed(1)}" y2="${q.y.toFixed(1)}" stroke="${e.color}" stroke-width="${(e.size / 2).toFixed(2)}"/>`,
    );
  });
  const circles: string[] = [];
  const labels: string[] = [];
  graph.forEachNode((_key, n) => {
    const p = at(n.x, n.y);
    const r = n.size / 2;
    circles.push(
      `<circle cx="${p.x.toFixed(1)}" cy="${p.y.toFixed(1)}" r="${r.toFixed(1)}" fill="${n.color}" stroke="#fff" stroke-width="0.5"><title>${escapeXml(n.label)}</title></circle>`,
    );
    if (n.size >= 9 || graph.order <= 60)
      labels.push(
        `<text x="${(p.x + r + 2).toFixed(1)}" y="${(p.y + 3).toFixed(1)}">${escapeXml(n.label)}</text>`,
      );
  });
  const legend = Object.entries(SECTOR_COLOURS).map(
    ([sector, colour], i) =>
      `<g transform="translate(${PAD + i * 170},${HEIGHT - 14})"><circle r="5" fill="${colour}"/><text x="10" y="4">${escapeXml(SECTOR_LABELS[sector as keyof typeof SECTOR_LABELS])}</text></g>`,
  );
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="system-ui, sans-serif" font-size="10">`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    `<text x="${PAD}" y="24" font-size="15" font-weight="600">${escapeXml(title)}</text>`,
    `<g>${lines.join("")}</g>`,
    `<g>${circles.join("")}</g>`,
    `<g fill="#1f2933">${labels.join("")}</g>`,
    `<g font-size="11">${legend.join("")}</g>`,
    "</svg>",
  ].join("\n");
}

/** Offers a blob (or text) to the browser as a download with the given file name. */
export function downloadBlob(data: Blob | string, fileName: string, type = "image/svg+xml"): void {
  const blob = typeof data === "string" ? new Blob([data], { type }) : data;
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 1_000);
}
