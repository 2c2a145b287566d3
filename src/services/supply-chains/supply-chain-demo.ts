import { readFile } from "node:fs/promises";
import { pbrModelDelete, workspaceBySlug } from "../../store/index.ts";
import type { ServiceContext } from "../context.ts";
import { supplyChainCreate } from "./supply-chains.ts";

/** The demo's stored supply chain: examples/pbr/work-programme.json, whose providers are the members of Prime Contractor P1's chain (same ids). */
export const DEMO_SUPPLY_CHAIN = {
  id: "work-programme-area-x",
  name: "Work Programme, contract package area X (illustrative model)",
  partnership: "demo-p-wp-p1",
  contract: "demo-c-wp-p1",
};

/** Loads the worked Work Programme model into the demo workspace, replacing an earlier copy. */
export async function demoSupplyChainsLoad(ctx: ServiceContext, slug: string): Promise<string[]> {
  const ws = await workspaceBySlug(ctx.store.db, slug);
  if (!ws) return [];
  const url = new URL("../../../examples/pbr/work-programme.json", import.meta.url);
  const document = JSON.parse(await readFile(url, "utf8")) as unknown;
  await pbrModelDelete(ctx.store.db, ws.id, DEMO_SUPPLY_CHAIN.id);
  await supplyChainCreate(ctx, slug, { ...DEMO_SUPPLY_CHAIN, document });
  return [DEMO_SUPPLY_CHAIN.id];
}
