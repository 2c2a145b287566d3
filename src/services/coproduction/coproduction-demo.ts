import { readFile } from "node:fs/promises";
import { workspaceBySlug, workspaceTouch } from "../../store/index.ts";
import { coproductionProjectPut } from "../../store/repositories/coproduction-projects.ts";
import { valueMapPut } from "../../store/repositories/value-maps.ts";
import type { ServiceContext } from "../context.ts";
import { notFound } from "../errors.ts";
import { parseJsonText } from "../exchange.ts";
import { demoProxiesLoad } from "../proxies/proxies-demo.ts";
import { valueMapDocumentParse } from "../value-maps/value-maps.ts";
import {
  coproductionIdParse,
  coproductionLinksCheck,
  coproductionProjectParse,
  coproductionRecordFields,
} from "./coproduction-checks.ts";

/** The demo's navigator value map: a reconstruction with illustrative inputs (its title says so). */
export const DEMO_NAVIGATOR_MAP = "demo-vm-jus-navigator";
/** The demo's co-production project of the Joined-up Services case. */
export const DEMO_COPRODUCTION_PROJECT = "demo-cp-jus-west-london";

async function jsonOf(url: URL): Promise<unknown> {
  return parseJsonText(await readFile(url, "utf8"));
}

/**
 * Stores (or replaces) the Joined-up Services navigator value map (examples/value-maps/
 * community-navigator.json, whose perspectives give 4.44 and 3.87) and the case's co-production
 * project, whose evaluation holds it, and the map's own illustrative proxies in the workspace's
 * proxy library; all are checked as any caller's would be.
 */
export async function demoCoproductionLoad(ctx: ServiceContext, slug: string): Promise<string[]> {
  const ws = await workspaceBySlug(ctx.store.db, slug);
  if (!ws) throw notFound(`There is no workspace '${slug}'`);
  const map = valueMapDocumentParse(
    await jsonOf(new URL("../../../examples/value-maps/community-navigator.json", import.meta.url)),
  );
  const raw = (await jsonOf(new URL("./coproduction-demo-project.json", import.meta.url))) as {
    id?: unknown;
  };
  const id = coproductionIdParse(raw.id);
  const { id: _, ...rest } = raw;
  const project = coproductionProjectParse(rest);
  const now = ctx.now().toISOString();
  await ctx.store.db.transaction().execute(async (trx) => {
    const stamp = { createdAt: now, updatedAt: now, createdBy: null };
    await valueMapPut(trx, ws.id, {
      id: DEMO_NAVIGATOR_MAP,
      title: map.title,
      document: map,
      ...stamp,
    });
    await coproductionLinksCheck(trx, ws.id, project);
    await coproductionProjectPut(trx, ws.id, {
      id,
      ...coproductionRecordFields(project),
      ...stamp,
    });
    await workspaceTouch(trx, ws.id);
  });
  // The library holds the map's own illustrative proxies, for reuse in other maps.
  await demoProxiesLoad(ctx, slug, map);
  return [id];
}
