import { readFile } from "node:fs/promises";
import { workspaceBySlug } from "../store/index.ts";
import { demoAppraisalsLoad } from "./appraisals/appraisal-demo.ts";
import type { ServiceContext } from "./context.ts";
import { demoCoproductionLoad } from "./coproduction/coproduction-demo.ts";
import { demoHealthLoad } from "./demo/health-demo.ts";
import { demoSimulatedEnsure } from "./demo/simulated-demo.ts";
import { demoEvidenceCode } from "./evidence/demo-codings.ts";
import { exchangeImport, type ImportResult, parseJsonText } from "./exchange.ts";
import { demoOutcomesLoad } from "./outcomes/outcome-demo.ts";
import { auditEntry } from "./people/audit.ts";
import { auditQuiet, auditWrite } from "./people/audit-write.ts";
import { demoSupplyChainsLoad } from "./supply-chains/supply-chain-demo.ts";

/** The demo workspace's slug. */
export const DEMO_SLUG = "demo";

/** The research paper's five case studies as a `partnerscope/v1` document. */
export async function demoDocument(): Promise<unknown> {
  const url = new URL("./demo/tsrc-case-studies.json", import.meta.url);
  return parseJsonText(await readFile(url, "utf8"));
}

/** Loads (or reloads, replacing its contents) the demo workspace 'TSRC case studies'. */
export async function demoLoad(ctx: ServiceContext, slug = DEMO_SLUG): Promise<ImportResult> {
  // Its steps log nothing themselves: the log says once that the demo was loaded, with counts.
  const quiet = auditQuiet(ctx);
  const result = await exchangeImport(quiet, slug, await demoDocument(), { replace: true });
  const appraisals = await demoAppraisalsLoad(quiet, slug);
  const supplyChains = await demoSupplyChainsLoad(quiet, slug);
  const outcomeFrameworks = await demoOutcomesLoad(quiet, slug);
  await demoHealthLoad(quiet, slug);
  await demoEvidenceCode(quiet, slug);
  const coproductionProjects = await demoCoproductionLoad(quiet, slug);
  const ws = await workspaceBySlug(ctx.store.db, slug);
  const counts = {
    ...result.counts,
    appraisals: appraisals.length,
    supplyChains: supplyChains.length,
    outcomeFrameworks: outcomeFrameworks.length,
    coproductionProjects: coproductionProjects.length,
  };
  const extra = { source: "demo", replace: true, created: result.created, counts };
  const entry = auditEntry(
    ctx,
    ws?.id ?? null,
    "import",
    "imports",
    null,
    undefined,
    undefined,
    extra,
  );
  await auditWrite(ctx, ctx.store.db, entry);
  return result;
}

/**
 * Loads the demo only when the workspace does not exist yet (first start); the simulated demo
 * ('England housing 2002–2012 (simulated)') is checked on its own, so an older install gains it.
 */
export async function demoEnsure(ctx: ServiceContext): Promise<ImportResult | null> {
  const loaded = (await workspaceBySlug(ctx.store.db, DEMO_SLUG)) ? null : await demoLoad(ctx);
  await demoSimulatedEnsure(ctx);
  return loaded;
}
