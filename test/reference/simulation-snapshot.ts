/**
 * Snapshot of seeded simulation runs, for holding the engine's output bit for bit while it is made
 * faster (test/reference/simulation-snapshot.test.ts). Each case stores its full RunSpec (so a
 * recalibrated preset file does not move it), the seed, every yearly metric and FNV-1a digests of
 * the final state (agents' columns, partnerships, memberships, events, yearly size history).
 *   npx tsx test/reference/simulation-snapshot.ts   # rewrites simulation-snapshot.json
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { runSeed } from "../../src/engine/simulation/random.ts";
import { type RunSpec, simulateRun } from "../../src/engine/simulation/run.ts";
import { presetNamed, specOfPreset } from "../../src/engine/simulation/spec.ts";
import { AGENT_COLUMNS, type SectorState } from "../../src/engine/simulation/state.ts";

/** One stored case: what was run and what came out. */
export interface SnapshotCase {
  name: string;
  spec: RunSpec;
  seed: number;
  metrics: Record<string, number[] | number>;
  digests: Record<string, string>;
}

type Typed = Float64Array | Int32Array | Uint8Array | Int16Array;

/** FNV-1a (32-bit) over the bytes of a typed array's first `length` elements. */
function fnv(values: Typed, length = values.length): string {
  const bytes = new Uint8Array(values.buffer, values.byteOffset, length * values.BYTES_PER_ELEMENT);
  let h = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) h = Math.imul(h ^ bytes[i]!, 0x01000193);
  return `${length}:${(h >>> 0).toString(16)}`;
}

/** Digests of everything a run leaves in its state. */
export function stateDigests(s: SectorState): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of AGENT_COLUMNS) out[`agents.${key}`] = fnv(s[key] as Typed, s.n);
  for (const [table, columns] of [
    ["partnerships", s.partnerships],
    ["members", s.members],
    ["events", s.events],
  ] as const)
    for (const [key, column] of Object.entries(columns))
      out[`${table}.${key}`] = fnv(column.data, column.length);
  s.history.forEach((sizes, y) => {
    out[`history.${y}`] = fnv(sizes);
  });
  return out;
}

/** Runs one case and returns its metrics (as plain arrays) and state digests. */
export function runCase(spec: RunSpec, seed: number) {
  const { metrics, state } = simulateRun(spec, seed, true);
  const plain: Record<string, number[] | number> = {};
  for (const [key, value] of Object.entries(metrics))
    plain[key] = typeof value === "number" ? value : Array.from(value as Float64Array);
  return { metrics: plain, digests: stateDigests(state!) };
}

/** The cases: both presets as shipped and the bench's 10,000-agent England sector. */
export function snapshotSpecs(): { name: string; spec: RunSpec; seed: number }[] {
  const england = specOfPreset(presetNamed("england-housing-2002"));
  const ni = specOfPreset(presetNamed("ni-procurement-2008"));
  const scaled: RunSpec = {
    ...england,
    years: 10,
    initial: { ...england.initial, organisations: 10_000 },
  };
  return [
    { name: "england-housing-2002, run 0 of seed 1", spec: england, seed: runSeed(1, 0) },
    { name: "england-housing-2002, run 3 of seed 7", spec: england, seed: runSeed(7, 3) },
    { name: "ni-procurement-2008, run 0 of seed 1", spec: ni, seed: runSeed(1, 0) },
    {
      name: "england 10,000 agents × 10 years, run 0 of seed 1",
      spec: scaled,
      seed: runSeed(1, 0),
    },
  ];
}

if (process.argv[1]?.endsWith("simulation-snapshot.ts")) {
  const cases: SnapshotCase[] = snapshotSpecs().map((c) => ({ ...c, ...runCase(c.spec, c.seed) }));
  writeFileSync(
    join(import.meta.dirname, "simulation-snapshot.json"),
    `${JSON.stringify({ cases }, null, 1)}\n`,
  );
  console.log(`wrote ${cases.length} cases`);
}
