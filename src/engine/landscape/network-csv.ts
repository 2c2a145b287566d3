import type { NetworkEdge, NetworkNode } from "./network.ts";

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote, CR or LF, quotes doubled; text
 * starting with = + - @ gets a leading apostrophe so spreadsheets do not run it as a formula
 * (OWASP CSV injection). Numbers are written as they are; null is empty.
 * @example csvField('Smith, "Jones"') // '"Smith, ""Jones"""'
 */
export function csvField(value: string | number | boolean | null): string {
  if (value === null) return "";
  if (typeof value !== "string") return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * CSV text from a header and rows, CRLF line ends as RFC 4180 asks.
 * @example csvOf(["a"], [[1], [2]]) // "a\r\n1\r\n2\r\n"
 */
export function csvOf(
  header: readonly string[],
  rows: readonly (readonly (string | number | boolean | null)[])[],
): string {
  return [header, ...rows].map((r) => `${r.map(csvField).join(",")}\r\n`).join("");
}

/**
 * nodes.csv for the network map: id, label, sector, nation, kind, size.
 * @example nodesCsv(network.nodes).split("\r\n")[0] // "id,label,sector,nation,kind,size"
 */
export function nodesCsv(nodes: readonly NetworkNode[]): string {
  return csvOf(
    ["id", "label", "sector", "nation", "kind", "size"],
    nodes.map((n) => [n.key, n.label, n.sector, n.nation, n.kind, n.size]),
  );
}

/**
 * edges.csv for the network map: source, target, weight and the shared partnerships (';'-joined).
 * @example edgesCsv(network.edges).split("\r\n")[0] // "source,target,weight,partnerships"
 */
export function edgesCsv(edges: readonly NetworkEdge[]): string {
  return csvOf(
    ["source", "target", "weight", "partnerships"],
    edges.map((e) => [e.source, e.target, e.weight, e.partnerships.join(";")]),
  );
}
