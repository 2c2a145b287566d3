import type { ProxyInput } from "../../shared/proxies.ts";
import type { ValueMapDocument } from "../../shared/value-map.ts";
import { workspaceBySlug, workspaceTouch } from "../../store/index.ts";
import { proxyPut } from "../../store/repositories/proxies.ts";
import type { ServiceContext } from "../context.ts";
import { notFound } from "../errors.ts";
import { proxyParse } from "./proxies.ts";

/** The unit each of the navigator map's proxies is priced per, by outcome id. */
const UNITS: Record<string, string> = {
  "fewer-ae-attendances": "A&E attendance avoided",
  "fewer-gp-appointments": "GP appointment avoided",
  "tenancies-sustained": "tenancy sustained (homelessness case avoided)",
  "work-fiscal": "resident moved from benefits into work, a year",
  "work-income": "resident in work, a year",
};

/**
 * The demo's proxy library: the navigator reconstruction's own illustrative proxies (never the
 * HACT Social Value Bank), one per outcome, priced in the map's currency and base year.
 */
export function demoProxiesOf(map: ValueMapDocument): { id: string; proxy: ProxyInput }[] {
  const year = Number(map.baseDate.slice(0, 4));
  return map.outcomes.map((o) => ({
    id: `demo-proxy-${o.id}`,
    proxy: proxyParse({
      name: o.indicator,
      value: o.proxy.value,
      unit: UNITS[o.id] ?? o.indicator,
      currency: map.currency,
      year,
      source: o.proxy.source,
      confidence: o.proxy.confidence ?? null,
      notes:
        "Illustrative: invented for the Joined-up Services navigator reconstruction, not a published unit cost.",
    }),
  }));
}

/** Stores (or replaces) the demo's proxies in the workspace's library. */
export async function demoProxiesLoad(
  ctx: ServiceContext,
  slug: string,
  map: ValueMapDocument,
): Promise<number> {
  const ws = await workspaceBySlug(ctx.store.db, slug);
  if (!ws) throw notFound(`There is no workspace '${slug}'`);
  const now = ctx.now().toISOString();
  const proxies = demoProxiesOf(map);
  await ctx.store.db.transaction().execute(async (trx) => {
    for (const { id, proxy } of proxies)
      await proxyPut(trx, ws.id, { id, ...proxy, createdAt: now, updatedAt: now, createdBy: null });
    await workspaceTouch(trx, ws.id);
  });
  return proxies.length;
}
