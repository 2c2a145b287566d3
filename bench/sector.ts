/**
 * Sector benchmark: `sector stats` and `sector changes` on a generated 200,000-organisation file
 * (20,000 with --quick), each timed end to end (read, parse, validate, compute) against the time
 * to merely JSON.parse the same text, measured in the same run. Target: ≤ 3× the parse time.
 * Protocol (bench/protocol.ts): each job's first run apart, then median (min–max) of RUNS; ratios
 * at the medians.
 *   npx tsx bench/sector.ts [--quick]
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CliCommand, CliIo } from "../src/cli/command.ts";
import { sectorChangesCommand } from "../src/cli/commands/sector-changes.ts";
import { sectorStatsCommand } from "../src/cli/commands/sector-stats.ts";
import { exchangeToJson } from "../src/engine/exchange/index.ts";
import { generateSector } from "../src/engine/landscape/index.ts";
import { measureAsync, showTiming, type Timing } from "./protocol.ts";

const seconds = (t: number) => ((performance.now() - t) / 1000).toFixed(2);
const n = process.argv.includes("--quick") ? 20_000 : 200_000;
const dir = mkdtempSync(join(tmpdir(), "partnerscope-sector-"));
const file = join(dir, "sector.json");
try {
  let t = performance.now();
  const doc = generateSector({ organisations: n, seed: 1 });
  const generated = seconds(t);
  t = performance.now();
  const json = exchangeToJson(doc);
  writeFileSync(file, json);
  console.log(
    `generateSector ${n.toLocaleString("en")}: ${generated} s; exchangeToJson + write: ${seconds(t)} s; ${(json.length / 1e6).toFixed(0)} MB`,
  );
  const io: CliIo = {
    out: () => {},
    err: (s) => console.error(s),
    readFile: async (p) => readFileSync(p, "utf8"),
    writeFile: async () => {},
  };
  const best = async (fn: () => unknown | Promise<unknown>): Promise<Timing> =>
    (await measureAsync(async () => fn())).timing;
  const text = readFileSync(file, "utf8");
  const parse = await best(() => JSON.parse(text));
  const read = await best(() => readFileSync(file, "utf8"));
  const run = (c: CliCommand, values: Record<string, string | boolean>) => async () => {
    if ((await c.run({ values, positionals: [file] }, io)) !== 0)
      throw new Error(`${c.name} failed`);
  };
  const rows: [string, Timing][] = [
    ["read file (utf8)", read],
    ["JSON.parse only", parse],
    [
      "sector stats --level entity",
      await best(run(sectorStatsCommand, { "as-of": "2010-03-31", metric: "homes", json: true })),
    ],
    [
      "sector stats --level group",
      await best(
        run(sectorStatsCommand, {
          "as-of": "2010-03-31",
          metric: "homes",
          level: "group",
          json: true,
        }),
      ),
    ],
    [
      "sector changes 2002–2010",
      await best(
        run(sectorChangesCommand, {
          from: "2002-04-01",
          to: "2010-03-31",
          metric: "homes",
          json: true,
        }),
      ),
    ],
  ];
  console.log(
    "seconds, median (min–max) after a first run apart; ratio to JSON.parse at the medians (target ≤ 3×)",
  );
  for (const [label, s] of rows)
    console.log(
      `${label.padEnd(30)} ${showTiming(s, 2).padStart(18)}  first ${s.first.toFixed(2)}  ${(s.median / parse.median).toFixed(2)}×`,
    );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
