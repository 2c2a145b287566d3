import { readFile } from "node:fs/promises";
import { workspaceBySlug } from "../store/index.ts";
import { demoAppraisalsLoad } from "./appraisals/appraisal-demo.ts";
import type { ServiceContext } from "./context.ts";
import { exchangeImport, type ImportResult, parseJsonText } from "./exchange.ts";
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
  const result = await exchangeImport(ctx, slug, await demoDocument(), { replace: true });
  await demoAppraisalsLoad(ctx, slug);
  await demoSupplyChainsLoad(ctx, slug);
  return result;
}

/** Loads the demo only when the workspace does not exist yet (first start). */
export async function demoEnsure(ctx: ServiceContext): Promise<ImportResult | null> {
  if (await workspaceBySlug(ctx.store.db, DEMO_SLUG)) return null;
  return demoLoad(ctx);
}
