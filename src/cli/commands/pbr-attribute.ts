import {
  ATTRIBUTION_METHODS,
  type AttributionMethod,
  attributionOf,
  reconcileClaims,
} from "../../engine/pbr/attribution.ts";
import { PbrCsvError } from "../../engine/pbr/csv-rows.ts";
import {
  journeysOf,
  type OutcomeClaim,
  parseClaims,
  parseJourneys,
} from "../../engine/pbr/journeys.ts";
import { LIMITS } from "../../shared/limits.ts";
import { type CliCommand, type CliIo, UsageError } from "../command.ts";
import { intOption, readInput, SEED_MAX } from "./pbr-input.ts";
import { textTable } from "./pbr-present.ts";

async function parsed<T>(io: CliIo, file: string, parse: (text: string) => T): Promise<T> {
  const text = await readInput(io, file);
  try {
    return parse(text);
  } catch (error) {
    if (error instanceof PbrCsvError) throw new UsageError(`${file}: ${error.message}`);
    throw error;
  }
}

function methodOf(value: unknown): AttributionMethod {
  const method = value ?? "shapley";
  if (!ATTRIBUTION_METHODS.includes(method as AttributionMethod))
    throw new UsageError(
      `--method must be one of ${ATTRIBUTION_METHODS.join(", ")} (got '${String(method)}')`,
    );
  return method as AttributionMethod;
}

/** `partnerscope pbr attribute JOURNEYS.csv`: fair credit for joint outcomes, and claims reconciliation. */
export const pbrAttributeCommand: CliCommand = {
  name: "pbr attribute",
  summary: "Attribute joint outcomes to providers (first, last, linear, Shapley) and check claims",
  usage: [
    "pbr attribute JOURNEYS.csv [--method first|last|linear|shapley] [--claims CLAIMS.csv] [--json]",
    "  JOURNEYS.csv   columns participant_id, provider, touch_date, outcome (0/1)",
    "  --method       crediting rule (default shapley: exact up to 16 providers, sampled above)",
    `  --samples N    random provider orders for sampled Shapley (default 10000, at most ${LIMITS.attributionSamples.toLocaleString("en-GB")})`,
    "  --seed S       seed for sampled Shapley (default 1)",
    "  --claims FILE  CSV with provider, claimed: over-claim factor and claimed vs attributed",
  ].join("\n"),
  options: {
    method: { type: "string" },
    samples: { type: "string" },
    seed: { type: "string" },
    claims: { type: "string" },
    json: { type: "boolean" },
  },
  async run(args, io) {
    const [file, ...extra] = args.positionals;
    if (!file || extra.length > 0) throw new UsageError("expected exactly one JOURNEYS.csv");
    const method = methodOf(args.values.method);
    const samples = intOption(args.values.samples, "samples", 10_000, 1, LIMITS.attributionSamples);
    const seed = intOption(args.values.seed, "seed", 1, 0, SEED_MAX);
    const claimsFile = args.values.claims;
    const claims: OutcomeClaim[] | null =
      typeof claimsFile === "string" ? await parsed(io, claimsFile, parseClaims) : null;
    const journeys = journeysOf(await parsed(io, file, parseJourneys));
    const result = attributionOf(journeys, {
      method,
      samples,
      seed,
      providers: claims?.map((c) => c.provider),
    });
    if (claims) result.claims = reconcileClaims(result, claims);
    io.out(args.values.json ? JSON.stringify(result, null, 2) : presentTable(result));
    return 0;
  },
};

function presentTable(result: ReturnType<typeof attributionOf>): string {
  const claimed = new Map(result.claims?.partners.map((p) => [p.provider, p.claimed]) ?? []);
  const header = ["provider", `credit (${result.method})`, ...(result.claims ? ["claimed"] : [])];
  const rows = Object.entries(result.credits).map(([id, credit]) => [
    id,
    credit.toFixed(2),
    ...(result.claims ? [claimed.get(id) ?? 0] : []),
  ]);
  const lines = [
    `${result.journeys} journeys, ${result.outcomes} with an outcome`,
    textTable(header, rows),
  ];
  if (result.claims?.overClaimFactor != null)
    lines.push(
      `Over-claim factor: ${result.claims.overClaimFactor.toFixed(2)} (claims ÷ distinct outcomes)`,
    );
  return lines.join("\n");
}
