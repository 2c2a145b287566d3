/**
 * Interop benchmark: a generated 1,000,000-grant 360Giving package and a 200,000-release OCDS
 * package (--quick: 50,000 and 20,000) are imported into SQLite (and PostgreSQL when
 * PARTNERSCOPE_TEST_DATABASE_URL is set). Each step runs in its own process; we report records/s,
 * peak memory (max RSS) and the ratio to merely stream-parsing the same file in the same run with
 * stream-json (Node's usual streaming JSON parser: the peer; run before the imports and after each,
 * the ratio taken against the median of those runs), and, for reference, to reading it with our
 * own splitter (decision 0007).
 * Targets: import ≤ 3× the stream-parse time; peak memory under 500 MB.
 *   npx tsx bench/interop.ts [--quick]
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeGivingPackage, writeOcdsPackage } from "../test/factories/interop-data.ts";

interface Step {
  seconds: number;
  records: number;
  maxRssMb: number;
  /** PostgreSQL: deleting the imported workspace afterwards (not part of the import's time). */
  deleteSeconds?: number | null;
}
const quick = process.argv.includes("--quick");
const sizes = { "360giving": quick ? 50_000 : 1_000_000, ocds: quick ? 20_000 : 200_000 };
const dir = mkdtempSync(join(tmpdir(), "partnerscope-interop-"));

function step(...args: string[]): Step {
  const out = execFileSync("node_modules/.bin/tsx", ["bench/interop-child.ts", ...args], {
    encoding: "utf8",
    maxBuffer: 1 << 20,
    stdio: ["ignore", "pipe", "inherit"],
  });
  return JSON.parse(out.trim().split("\n").at(-1)!);
}

const fmt = (s: Step) =>
  `${s.seconds.toFixed(2)} s, ${Math.round(s.records / s.seconds).toLocaleString("en")} records/s, peak ${s.maxRssMb.toFixed(0)} MB`;

try {
  const targets: [string, () => string][] = [["SQLite", () => mkdtempSync(join(dir, "db-"))]];
  const pg = process.env.PARTNERSCOPE_TEST_DATABASE_URL;
  if (pg) targets.push(["PostgreSQL", () => pg]);
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
    for (const [name, target] of targets) {
      imports.push([name, step("import", kind, file, target())]);
      peer.push(step("parse", kind, file));
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
      if (imported.deleteSeconds != null)
        console.log(
          `    then the workspace deleted (and the database vacuumed) in ${imported.deleteSeconds.toFixed(1)} s`,
        );
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
