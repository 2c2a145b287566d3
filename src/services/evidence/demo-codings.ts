import { readFile } from "node:fs/promises";
import { evidenceAll, evidenceUpsert, workspaceBySlug, workspaceTouch } from "../../store/index.ts";
import type { ServiceContext } from "../context.ts";
import { notFound } from "../errors.ts";

/** The demo's driver and barrier codings, by evidence id (demo-codings.json). */
export async function demoCodings(): Promise<Record<string, string[]>> {
  const url = new URL("./demo-codings.json", import.meta.url);
  return (JSON.parse(await readFile(url, "utf8")) as { codings: Record<string, string[]> }).codings;
}

/**
 * Codes the demo's evidence items with drivers and barriers from the default codebook, on top of
 * their themes. An item named in the file but missing from the workspace is an error, not a skip.
 */
export async function demoEvidenceCode(ctx: ServiceContext, slug: string): Promise<number> {
  const ws = await workspaceBySlug(ctx.store.db, slug);
  if (!ws) throw notFound(`There is no workspace '${slug}'`);
  const codings = await demoCodings();
  return ctx.store.db.transaction().execute(async (trx) => {
    const items = new Map((await evidenceAll(trx, ws.id)).map((e) => [e.id, e]));
    const coded = Object.entries(codings).map(([id, codes]) => {
      const item = items.get(id);
      if (!item)
        throw notFound(`The demo codings name evidence item '${id}', which the demo does not have`);
      return { ...item, codes: [...new Set([...(item.codes ?? []), ...codes])].sort() };
    });
    await evidenceUpsert(trx, ctx.store.adapter, ws.id, coded);
    await workspaceTouch(trx, ws.id);
    return coded.length;
  });
}
