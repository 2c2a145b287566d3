import { summaryJsonOf } from "../../engine/simulation/summary.ts";
import { DomainError, describeError, parseJsonText } from "../../services/index.ts";
import {
  type SimulationRequest,
  simulationResolve,
  simulationRun,
  simulationSaveWorkspace,
} from "../../services/simulation/simulate.ts";
import { LIMITS } from "../../shared/limits.ts";
import type { Band, SimulationSummary } from "../../shared/simulation.ts";
import { type CliCommand, UsageError } from "../command.ts";
import { withContext } from "../config.ts";
import { integerOption, numberText, tableOf } from "./sector-input.ts";

const band = (b: Band, digits = 0) =>
  `${numberText(b.mean, digits)} (${numberText(b.p10, digits)}–${numberText(b.p90, digits)})`;
const pct = (b: Band) =>
  `${(100 * b.mean).toFixed(1)}% (${(100 * b.p10).toFixed(1)}–${(100 * b.p90).toFixed(1)})`;

/** The summary as text: a table by year, constitutional change and the calibration report. */
export function simulationText(s: SimulationSummary): string {
  const rows: (string | number)[][] = [
    [
      "year",
      "organisations",
      "mean size",
      "top-20 entity",
      "top-20 group",
      "mergers",
      "stand-alone",
      "consortia",
      "groups",
    ],
  ];
  for (const y of s.years) {
    const st = y.partnershipsByStage;
    rows.push([
      y.year,
      band(y.organisations),
      band(y.meanSize),
      pct(y.top20Share.entity),
      pct(y.top20Share.group),
      band(y.mergers, 1),
      numberText(st["0"]!.mean, 0),
      numberText(st["2"]!.mean, 1),
      numberText(st["5"]!.mean + st["6"]!.mean, 1),
    ]);
  }
  const c = s.constitutionalChange;
  const lines = [
    `${s.preset}: ${s.runs} runs, seed ${s.seed} (mean, with P10–P90 over runs in brackets)`,
    tableOf(rows),
    "",
    `Constitutional change ${c.from}–${c.to}: ${(100 * c.share).toFixed(1)}% of associations, ${(100 * c.shareLarge).toFixed(1)}% of those over 10,000 homes.`,
  ];
  if (s.calibration.length > 0) {
    const report: (string | number)[][] = [
      ["target", "published", "tolerance", "observed mean", "90% of runs", "within tolerance"],
    ];
    for (const l of s.calibration)
      report.push([
        l.id,
        numberText(l.target, 3),
        `${numberText(l.low, 3)}–${numberText(l.high, 3)}`,
        numberText(l.observed, 3),
        `${numberText(l.p5, 3)}–${numberText(l.p95, 3)}`,
        l.within ? "yes" : "NO",
      ]);
    lines.push(
      "",
      "Calibration targets (tolerance: the band the mean over runs must fall in; 90% of runs: P5–P95):",
      tableOf(report),
    );
  }
  return lines.join("\n");
}

/** `partnerscope simulate`: runs a preset or scenario many times and prints bands over runs. */
export const simulateCommand: CliCommand = {
  name: "simulate",
  summary:
    "Simulate a sector under a policy timeline (a preset or a partnerscope-scenario/v1 file)",
  usage: `simulate (--preset NAME | SCENARIO.json) [--runs R] [--seed S] [--workers K] [--json] [--save-workspace SLUG]
  --preset          england-housing-2002 or ni-procurement-2008
  --runs            runs (default 100, or the scenario's; at most ${LIMITS.simulationRuns.toLocaleString("en-GB")})
  --seed            seed (default 1): the same seed and runs give the same output for any --workers
  --workers         worker threads (default 2, 0 = this thread, at most ${LIMITS.simulationWorkers})
  --json            print the summary as JSON
  --save-workspace  save run 0 as workspace SLUG (replacing it), marked simulated and illustrative`,
  options: {
    preset: { type: "string" },
    runs: { type: "string" },
    seed: { type: "string" },
    workers: { type: "string" },
    json: { type: "boolean" },
    "save-workspace": { type: "string" },
  },
  async run(args, io) {
    const [file] = args.positionals;
    const preset = args.values.preset;
    if ((file === undefined) === (typeof preset !== "string"))
      throw new UsageError("name a preset (--preset NAME) or a scenario file, not both");
    const request: SimulationRequest = {
      runs:
        args.values.runs === undefined
          ? undefined
          : integerOption(args.values.runs, "runs", 100, 1, LIMITS.simulationRuns),
      seed:
        args.values.seed === undefined
          ? undefined
          : integerOption(args.values.seed, "seed", 1, 0, 2_147_483_647),
    };
    const workers = integerOption(args.values.workers, "workers", 2, 0, LIMITS.simulationWorkers);
    if (file !== undefined) {
      const text = await io.readFile(file).catch((e: Error) => {
        throw new UsageError(`cannot read ${file}: ${e.message}`);
      });
      request.scenario = (() => {
        try {
          return parseJsonText(text);
        } catch (error) {
          throw new UsageError(`${file}: ${describeError(error)}`);
        }
      })();
    } else request.preset = preset as string;
    try {
      const resolved = simulationResolve(request);
      const summary = await simulationRun(resolved, workers);
      io.out(
        args.values.json === true
          ? JSON.stringify(summaryJsonOf(summary), null, 2)
          : simulationText(summary),
      );
      const slug = args.values["save-workspace"];
      if (typeof slug === "string") {
        const result = await withContext((ctx) => simulationSaveWorkspace(ctx, slug, resolved));
        io.err(
          `saved run 0 as workspace '${slug}' (simulated, illustrative): ${result.counts.organisations} organisations, ${result.counts.partnerships} partnerships, ${result.counts.events} events`,
        );
      }
      return 0;
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      for (const p of error.problems.slice(1, 50)) io.err(`  ${p.path}: ${p.message}`);
      throw new UsageError(`${file ?? preset}: ${describeError(error)}`);
    }
  },
};
