import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { buildOrganisation } from "../../test/factories/landscape.ts";
import { buildPbrModel } from "../../test/factories/pbr-model.ts";
import { exchangeToJson } from "../engine/exchange/index.ts";
import { LIMITS } from "../shared/index.ts";
import type { CliIo } from "./command.ts";
import { appraiseCommand } from "./commands/appraise.ts";
import { generateSectorCommand } from "./commands/generate-sector.ts";
import { pbrCommand } from "./commands/pbr.ts";
import { pbrAttributeCommand } from "./commands/pbr-attribute.ts";
import { pbrPerformanceCommand } from "./commands/pbr-performance.ts";
import { sectorChangesCommand } from "./commands/sector-changes.ts";
import { sectorNetworkCommand } from "./commands/sector-network.ts";
import { sectorStatsCommand } from "./commands/sector-stats.ts";
import { sectorTransitionsCommand } from "./commands/sector-transitions.ts";
import { registerCommands } from "./registry.ts";
import { runCli } from "./run.ts";

const appraisal = readFileSync(
  new URL("../../examples/appraisals/shared-services-2010.json", import.meta.url),
  "utf8",
);
const sector = {
  format: "partnerscope/v1" as const,
  workspace: { name: "S" },
  organisations: [buildOrganisation("A", [[2000, 100]]), buildOrganisation("B", [[2000, 50]])],
  partnerships: [],
  events: [],
  contracts: [],
  evidence: [],
};
// JSON has no Infinity: a number too large for a double is how one arrives (JSON.parse gives ∞).
const infiniteHomes = exchangeToJson(sector).replace('"homes": 100', '"homes": 1e400');

const FILES: Record<string, string> = {
  "m.json": JSON.stringify(buildPbrModel()),
  "j.csv": "participant_id,provider,touch_date,outcome\np1,A,2012-01-01,1",
  "p.csv":
    "participant_id,provider,group,referral_date,job_start_date,outcome,support_hours\np1,a,g,2012-01-02,,0,3",
  "a.json": appraisal,
  "big-mc.json": JSON.stringify({
    ...JSON.parse(appraisal),
    monteCarlo: { iterations: LIMITS.appraisalIterations + 1, seed: 1 },
  }),
  "s.json": exchangeToJson(sector),
  "inf.json": infiniteHomes,
};

/** Runs the CLI on in-memory files; returns the exit code and what went to stderr. */
async function cli(...argv: string[]) {
  const err: string[] = [];
  const io: CliIo = {
    out: () => {},
    err: (t) => err.push(t),
    readFile: async (p) => {
      if (!(p in FILES)) throw new Error(`ENOENT: no such file '${p}'`);
      return FILES[p]!;
    },
    writeFile: async () => {},
  };
  return { code: await runCli(argv, io), err: err.join("\n") };
}

beforeAll(() =>
  registerCommands(
    appraiseCommand,
    generateSectorCommand,
    pbrCommand,
    pbrAttributeCommand,
    pbrPerformanceCommand,
    sectorChangesCommand,
    sectorNetworkCommand,
    sectorStatsCommand,
    sectorTransitionsCommand,
  ),
);

describe("caps on work (README: Limits): one line naming the flag and the cap, exit 2", () => {
  it.each([
    [["pbr", "m.json", "--monte-carlo", "1e9"], "--monte-carlo must be at most 50,000 (got '1e9')"],
    [["pbr", "m.json", "--monte-carlo", "50001"], "--monte-carlo must be at most 50,000"],
    [["pbr", "attribute", "j.csv", "--samples", "100001"], "--samples must be at most 100,000"],
    [["appraise", "a.json", "--iterations", "200001"], "--iterations must be at most 200,000"],
    [["appraise", "a.json", "--workers", "17"], "--workers must be at most 16"],
    [
      ["generate", "sector", "--organisations", "1000001"],
      "--organisations must be at most 1,000,000",
    ],
  ])("refuses %j", async (argv, message) => {
    const { code, err } = await cli(...argv);
    expect(code).toBe(2);
    expect(err.split("\n")).toHaveLength(1);
    expect(err).toContain(message);
  });

  it("accepts the cap itself (the same number the API accepts)", async () => {
    expect(LIMITS.pbrMonteCarloRuns).toBe(50_000);
    expect(LIMITS.appraisalIterations).toBe(200_000);
    const { code } = await cli("pbr", "attribute", "j.csv", "--samples", "100000");
    expect(code).toBe(0);
  });

  it("refuses an appraisal document asking for more iterations than the cap, naming the field", async () => {
    const { code, err } = await cli("appraise", "big-mc.json");
    expect(code).toBe(2);
    expect(err).toBe(
      "partnerscope appraise: big-mc.json: $.monteCarlo.iterations: must be at most 200000",
    );
  });
});

describe("non-finite and unwritten numbers are refused, naming the flag or the path", () => {
  it.each([
    ["stats", ["--as-of", "2005-01-01"]],
    ["network", ["--as-of", "2005-01-01"]],
    ["changes", ["--from", "2000-01-01", "--to", "2005-01-01"]],
    ["transitions", ["--to", "2005-01-01"]],
  ])("sector %s refuses homes of 1e400 (read as ∞) in the file", async (command, flags) => {
    expect(FILES["inf.json"]).toContain('"homes": 1e400');
    const { code, err } = await cli("sector", command, "inf.json", ...flags);
    expect(code).toBe(2);
    expect(err.split("\n")).toHaveLength(1);
    expect(err).toContain("inf.json is not a valid partnerscope/v1 export");
    expect(err).toContain("$.organisations[0].facts[0].homes");
  });

  it.each([
    [["sector", "stats", "s.json", "--as-of", "2005-01-01", "--top", "1e300"], "--top"],
    [
      ["sector", "changes", "s.json", "--from", "2000-01-01", "--to", "2005-01-01", "--large", ""],
      "--large",
    ],
    [["sector", "network", "s.json", "--as-of", "2005-01-01", "--seed", " "], "--seed"],
    [["pbr", "m.json", "--shortfall", ""], "--shortfall must be a number above -1"],
    [["pbr", "m.json", "--seed", "1e400"], "--seed must be a whole number"],
    [["pbr", "attribute", "j.csv", "--seed", "1e300"], "--seed"],
    [["pbr", "performance", "p.csv", "--parking-threshold", "1e400"], "--parking-threshold"],
    [["generate", "sector", "--seed", "Infinity"], "--seed"],
  ])("refuses %j", async (argv, message) => {
    const { code, err } = await cli(...argv);
    expect(code).toBe(2);
    expect(err.split("\n")).toHaveLength(1);
    expect(err).toContain(message);
  });
});
