import { readFile } from "node:fs/promises";
import { outcomeFrameworkDelete, workspaceBySlug } from "../../store/index.ts";
import type { ServiceContext } from "../context.ts";
import { DEMO_MEASURES } from "./outcome-demo-data.ts";
import { demoFormLoad } from "./outcome-demo-form.ts";
import { outcomeFrameworkCreate } from "./outcome-frameworks.ts";
import { outcomeMeasuresAddJson } from "./outcome-measures.ts";

/**
 * Loads the demo's outcome frameworks (Joined-up Services, the Association, a housing merger)
 * with their illustrative measures and the community researchers' form, replacing earlier copies;
 * returns the frameworks' ids.
 */
export async function demoOutcomesLoad(ctx: ServiceContext, slug: string): Promise<string[]> {
  const ws = await workspaceBySlug(ctx.store.db, slug);
  if (!ws) return [];
  const url = new URL("./outcome-demo-frameworks.json", import.meta.url);
  // The outcomes follow the paper's cases; the titles say the measures are illustrative. Joined-up
  // Services is 'collaborate' (residents and the steering group designed the service together), the
  // Association 'inform' (its users were not consulted), the housing merger 'consult' (a tenants' panel).
  const frameworks = JSON.parse(await readFile(url, "utf8")) as ({ id: string } & Record<
    string,
    unknown
  >)[];
  const ids: string[] = [];
  for (const f of frameworks) {
    await outcomeFrameworkDelete(ctx.store.db, ws.id, f.id);
    await outcomeFrameworkCreate(ctx, slug, f);
    const measures = DEMO_MEASURES[f.id];
    if (measures?.length) await outcomeMeasuresAddJson(ctx, slug, f.id, { measures });
    ids.push(f.id);
  }
  // Joined-up Services' community researchers' form, with illustrative answers.
  await demoFormLoad(ctx, slug);
  return ids;
}
