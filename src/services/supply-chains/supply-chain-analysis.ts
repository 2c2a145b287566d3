import { type OutcomeScenario, outcomeScenarioOf } from "../../engine/pbr/outcome-scenario.ts";
import { analysePbr } from "../../engine/pbr/pbr-analysis.ts";
import { preparePbr } from "../../engine/pbr/prepare.ts";
import type { PbrModel } from "../../shared/pbr.ts";
import type { PbrProviderResult } from "../../shared/pbr-results.ts";
import type { ServiceContext } from "../context.ts";
import { invalid } from "../errors.ts";
import { workspaceRequire } from "../workspaces.ts";
import { supplyChainRequire } from "./supply-chain-checks.ts";

export * from "./supply-chain-evidence.ts";

/** NAO (2012) expected 26% job outcomes for JSA 25+ where the department assumed 40% (docs/domain/work-programme.md). */
export const OUTCOME_SCENARIOS = [
  { key: "nao", label: "National Audit Office (26%)", group: "jsa-25-plus", target: 0.26 },
  { key: "department", label: "Department (40%)", group: "jsa-25-plus", target: 0.4 },
] as const;

/**
 * One provider's results: the engine's money and cash curve (as a plain array, for JSON), with its
 * name, performance, break-even and sensitivity to ±1 point.
 */
export interface SupplyChainProviderResult extends Omit<PbrProviderResult, "tier" | "cashCurve"> {
  name: string;
  tier: string;
  performance: number;
  breakEvenPerformance: number | null;
  sensitivity: { minus1pp: number; plus1pp: number };
  /** Cumulative undiscounted net cash at the end of each week. */
  cashCurve: number[];
}

/** The deterministic analysis of a stored supply chain, with the assumptions behind it. */
export interface SupplyChainAnalysis {
  id: string;
  name: string;
  startDate: string;
  horizonWeeks: number;
  providers: SupplyChainProviderResult[];
  groups: ReturnType<typeof analysePbr>["model"]["groups"];
  commissioner: ReturnType<typeof analysePbr>["model"]["commissioner"];
  riskTransfer: ReturnType<typeof analysePbr>["riskTransfer"];
  scenarios: ({ key: string; label: string } & OutcomeScenario)[];
  assumptions: string[];
}

/** Analyses a model: expected cash flows per provider, break-even, sensitivity, risk transfer, scenarios. */
export function supplyChainAnalysisOf(model: PbrModel, shortfall = -0.1) {
  const analysis = analysePbr(model, { shortfall });
  const prepared = preparePbr(model);
  const providers = analysis.model.providers.map((p, i) => {
    const own = model.providers[i]!;
    const { cashCurve, ...money } = p;
    const { id: _, ...sensitivity } = analysis.sensitivity[i]!;
    return {
      ...money,
      name: own.name,
      performance: own.performance,
      breakEvenPerformance: analysis.breakEven[i] ?? null,
      sensitivity,
      cashCurve: Array.from(cashCurve, (x) => Math.round(x * 100) / 100),
    };
  });
  const scenarios = OUTCOME_SCENARIOS.flatMap(({ key, label, group, target }) => {
    const s = outcomeScenarioOf(prepared, group, target);
    return s ? [{ key, label, ...s }] : [];
  });
  const scenarioNote =
    "Scenarios scale every group's job start probability by one factor so that JSA 25+ reaches 26% (NAO 2012) or 40% (the department's assumption) job outcomes per referral.";
  return {
    providers,
    groups: analysis.model.groups,
    commissioner: analysis.model.commissioner,
    riskTransfer: analysis.riskTransfer,
    scenarios,
    assumptions: scenarios.length ? [...analysis.assumptions, scenarioNote] : analysis.assumptions,
  };
}

/** The deterministic analysis of a stored supply chain; `shortfall` drives the risk-transfer table. */
export async function supplyChainAnalysis(
  ctx: ServiceContext,
  slug: string,
  id: string,
  shortfall = -0.1,
): Promise<SupplyChainAnalysis> {
  if (!(shortfall > -1 && shortfall < 1))
    throw invalid("The shortfall is not valid", [
      { path: "shortfall", message: "must be between −1 and 1 (e.g. −0.1 for 10% fewer starts)" },
    ]);
  const ws = await workspaceRequire(ctx, slug);
  const found = await supplyChainRequire(ctx.store.db, ws.id, slug, id);
  const model = found.document;
  return {
    id,
    name: found.name,
    startDate: model.startDate,
    horizonWeeks: model.horizonWeeks,
    ...supplyChainAnalysisOf(model, shortfall),
  };
}
