/**
 * Interop benchmark: a generated 1,000,000-grant 360Giving package and a 200,000-release OCDS
 * package (--quick: 50,000 and 20,000) are imported into SQLite (and PostgreSQL when
 * PARTNERSCOPE_TEST_DATABASE_URL is set). Each step runs in its own process; we report records/s,
 * peak memory (max RSS) and the ratio to merely stream-parsing the same file in the same run with
 * stream-json (Node's usual streaming JSON parser: the peer; run before the imports and after each,
 * the ratio taken against the median of those runs), and, for reference, to reading it with our
 * own splitter (decision 0007).
 * The floor: each import is followed by writing exactly the rows it wrote, with plain prepared
 * statements (SQLite) or COPY (PostgreSQL), into a fresh database with the same schema
 * (bench/import-floor.ts): the database's own write rate, reported beside the import. The import
 * is timed from its call, after the store is opened (and a fresh one migrated), as the floor is;
 * it runs from JavaScript built for the bench, as the CLI runs (`--source`: through tsx).
 * Targets: import ≤ 3× the stream-parse time and ≤ 1.5× the floor; peak memory under 500 MB.
 * Each import's first run is reported alone; then (bench/protocol.ts) `--runs=N` more imports per
 * database, each with its floor, give median (min–max) of the import, the floor and their ratio
 * (5 with --quick; none by default, a full run taking minutes per import).
 *   npx tsx bench/interop.ts [--quick] [--source] [--runs=N]
 */
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, rmSync, statSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import pg from "pg";
import { assetFiles } from "../scripts/build-server.ts";
import { writeGivingPackage, writeOcdsPackage } from "../test/factories/interop-data.ts";
import type { Floor } from "./import-floor.ts";
import { RUNS as PROTOCOL_RUNS, type Timing, timingOf } from "./protocol.ts";

interface Step {
  seconds: number;
  records: number;
  maxRssMb: number;
  /** PostgreSQL: deleting the imported workspace afterwards (not part of the import's time). */
  deleteSeconds?: number | null;
  /** The same rows written with plain statements into a fresh database (bench/import-floor.ts). */
  floor?: Floor | null;
}
const quick = process.argv.includes("--quick");
const sizes = { "360giving": quick ? 50_000 : 1_000_000, ocds: quick ? 20_000 : 200_000 };
const dir = mkdtempSync(join(tmpdir(), "partnerscope-interop-"));

/**
 * Compiles src/ to JavaScript as the CLI ships it (scripts/build-server.ts, decision 0019) into
 * bench/out/build/dist, with the data files beside the code and `schemas/` where the code looks
 * for it; `--source` skips this and imports from the TypeScript source through tsx.
 */
function buildForBench(): string | null {
  if (process.argv.includes("--source")) return null;
  const root = join(import.meta.dirname, "out", "build");
  const dist = join(root, "dist");
  rmSync(dist, { recursive: true, force: true });
  const t = performance.now();
  // Type errors elsewhere in a shared tree do not stop tsc emitting; the check is that it emitted.
  spawnSync("node_modules/.bin/tsc", ["-p", "tsconfig.build.json", "--outDir", dist], {
    stdio: "ignore",
  });
  if (!existsSync(join(dist, "services", "interop", "standard-import.js")))
    throw new Error("building src/ for the bench emitted nothing (run with --source)");
  const src = join(import.meta.dirname, "..", "src");
  for (const file of assetFiles(src)) cpSync(file, join(dist, relative(src, file)));
  if (!existsSync(join(root, "schemas")))
    symlinkSync(join(import.meta.dirname, "..", "schemas"), join(root, "schemas"));
  console.log(
    `built src/ into ${relative(process.cwd(), dist)} in ${((performance.now() - t) / 1000).toFixed(1)} s`,
  );
  return dist;
}
const build = buildForBench();

function step(...args: string[]): Step {
  const env = build ? { ...process.env, PARTNERSCOPE_BENCH_BUILD: build } : process.env;
  const out = execFileSync("node_modules/.bin/tsx", ["bench/interop-child.ts", ...args], {
    encoding: "utf8",
    maxBuffer: 1 << 20,
    stdio: ["ignore", "pipe", "inherit"],
    env,
  });
  return JSON.parse(out.trim().split("\n").at(-1)!);
}

const fmt = (s: Step) =>
  `${s.seconds.toFixed(2)} s, ${Math.round(s.records / s.seconds).toLocaleString("en")} records/s, peak ${s.maxRssMb.toFixed(0)} MB`;

const created: string[] = [];
/** A new empty PostgreSQL database on the server of `url` (dropped at the end); its URL. */
async function freshDatabase(url: string): Promise<string> {
  const name = `partnerscope_bench_${process.pid}_${created.length}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  created.push(name);
  const fresh = new URL(url);
  fresh.pathname = `/${name}`;
  return fresh.toString();
}

async function dropCreated(url: string): Promise<void> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  for (const name of created) await admin.query(`drop database if exists ${name}`);
  await admin.end();
}

/** Timed runs after the first (bench/protocol.ts): `--runs=N`; 5 with --quick, none by default. */
const RUNS = Number(
  process.argv.find((a) => a.startsWith("--runs="))?.slice(7) ?? (quick ? PROTOCOL_RUNS : 0),
);
const span = (t: Timing, unit = " s", digits = 2) =>
  `${t.median.toFixed(digits)}${unit} (${t.min.toFixed(digits)}–${t.max.toFixed(digits)})`;

/** RUNS more imports into `target`, each followed by its floor: median (min–max) of each and of their ratio. */
async function againstFloor(
  name: string,
  kind: string,
  file: string,
  target: () => Promise<[string, string]>,
): Promise<string> {
  const runs: Step[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(step("import", kind, file, ...(await target())));
  const of = (values: number[]) => timingOf(values[0]!, values);
  const imported = of(runs.map((r) => r.seconds));
  const floor = of(runs.map((r) => r.floor?.seconds ?? Number.NaN));
  const ratio = of(runs.map((r) => r.seconds / (r.floor?.seconds ?? Number.NaN)));
  const peak = Math.max(...runs.map((r) => r.maxRssMb));
  return `  ${name}, ${RUNS} more runs, each import followed by its floor: import ${span(imported)}, floor ${span(floor)}; import ÷ floor ${span(ratio, "×")} (${ratio.median <= 1.5 ? "meets" : "misses"} ≤ 1.5×); peak ${peak.toFixed(0)} MB`;
}

const pgUrl = process.env.PARTNERSCOPE_TEST_DATABASE_URL;
try {
  // Each import gets a fresh database and the floor another, so "every row" is exactly the import's.
  const targets: [string, () => Promise<[string, string]>][] = [
    ["SQLite", async () => [mkdtempSync(join(dir, "db-")), mkdtempSync(join(dir, "floor-"))]],
  ];
  if (pgUrl)
    targets.push([
      "PostgreSQL",
      async () => [await freshDatabase(pgUrl), await freshDatabase(pgUrl)],
    ]);
  for (const kind of ["360giving", "ocds"] as const) {
    const file = join(dir, `${kind}.json`);
    const t = performance.now();
    await (kind === "ocds" ? writeOcdsPackage : writeGivingPackage)(file, sizes[kind]);
    const mb = statSync(file).size / 1e6;
    console.log(
      `\n${kind}: ${sizes[kind].toLocaleString("en")} records, ${mb.toFixed(0)} MB, generated in ${((performance.now() - t) / 1000).toFixed(1)} s`,
    );
    // The peer runs before the imports and again after each one, so the ratio is taken against
    // the median of runs spread over the same minutes as the imports (this machine's speed drifts).
    const peer = [step("parse", kind, file)];
    console.log(`  stream-parse only (stream-json, the peer), first run: ${fmt(peer[0]!)}`);
    const split = step("split", kind, file);
    console.log(
      `  read with our splitter only: ${fmt(split)}; ${(peer[0]!.seconds / split.seconds).toFixed(1)}× faster than stream-json`,
    );
    const imports: [string, Step][] = [];
    const repeats: string[] = [];
    for (const [name, target] of targets) {
      imports.push([name, step("import", kind, file, ...(await target()))]);
      peer.push(step("parse", kind, file));
      if (RUNS > 0) repeats.push(await againstFloor(name, kind, file, target));
    }
    const times = peer.map((p) => p.seconds).sort((a, b) => a - b);
    const median =
      times.length % 2
        ? times[(times.length - 1) / 2]!
        : (times[times.length / 2 - 1]! + times[times.length / 2]!) / 2;
    console.log(
      `  the peer over ${times.length} runs: ${peer.map((p) => p.seconds.toFixed(2)).join(", ")} s; median ${median.toFixed(2)} s`,
    );
    for (const [name, imported] of imports) {
      const ratio = imported.seconds / median;
      const spread = `${(imported.seconds / times.at(-1)!).toFixed(2)}–${(imported.seconds / times[0]!).toFixed(2)}×`;
      const verdict = ratio <= 3 && imported.maxRssMb < 500 ? "meets" : "misses";
      console.log(
        `  import into ${name}: ${fmt(imported)}; ${ratio.toFixed(2)}× the peer's median (${spread} against its slowest and fastest run; ${verdict} ≤ 3× and < 500 MB); ${(imported.seconds / split.seconds).toFixed(1)}× our splitter's read`,
      );
      const floor = imported.floor;
      if (floor) {
        const r = imported.seconds / floor.seconds;
        console.log(
          `    the database's own write rate: the same ${floor.rows.toLocaleString("en")} rows written ${floor.method === "copy" ? "by COPY from files (the write alone timed)" : "with prepared INSERTs, reading included"} in ${floor.seconds.toFixed(2)} s (reading them alone: ${floor.readSeconds.toFixed(2)} s); import = ${r.toFixed(2)}× that floor (${r <= 1.5 ? "meets" : "misses"} ≤ 1.5×)`,
        );
      }
      if (imported.deleteSeconds != null)
        console.log(
          `    then the workspace deleted (and the database vacuumed) in ${imported.deleteSeconds.toFixed(1)} s`,
        );
    }
    for (const line of repeats) console.log(line);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
  if (pgUrl && created.length) await dropCreated(pgUrl);
}
