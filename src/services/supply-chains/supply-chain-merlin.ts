import { randomUUID } from "node:crypto";
import { type MerlinResult, merlinScoresOf } from "../../engine/pbr/merlin.ts";
import { problemsOf } from "../../shared/index.ts";
import { type MerlinRelation, merlinResponseSchema } from "../../shared/merlin.ts";
import { merlinResponseInsert, merlinResponsesOf, workspaceTouch } from "../../store/index.ts";
import type { ServiceContext } from "../context.ts";
import { invalid } from "../errors.ts";
import { workspaceRequire } from "../workspaces.ts";
import { supplyChainRequire } from "./supply-chain-checks.ts";

/** Records one confidential survey response (no names) and returns only that it was recorded. */
export async function merlinResponseAdd(
  ctx: ServiceContext,
  slug: string,
  id: string,
  input: unknown,
): Promise<{ recorded: true; respondents: number }> {
  const parsed = merlinResponseSchema.safeParse(input);
  if (!parsed.success) throw invalid("The survey response is not valid", problemsOf(parsed.error));
  const ws = await workspaceRequire(ctx, slug);
  return ctx.store.db.transaction().execute(async (trx) => {
    await supplyChainRequire(trx, ws.id, slug, id);
    await merlinResponseInsert(trx, ws.id, id, {
      id: randomUUID(),
      relation: parsed.data.relation,
      answers: parsed.data.answers,
      createdAt: ctx.now().toISOString(),
    });
    await workspaceTouch(trx, ws.id);
    return {
      recorded: true as const,
      respondents: (await merlinResponsesOf(trx, ws.id, id)).length,
    };
  });
}

/** The survey's scores per principle, overall and by relation (small groups held back). */
export async function merlinResults(
  ctx: ServiceContext,
  slug: string,
  id: string,
): Promise<MerlinResult> {
  const ws = await workspaceRequire(ctx, slug);
  await supplyChainRequire(ctx.store.db, ws.id, slug, id);
  const rows = await merlinResponsesOf(ctx.store.db, ws.id, id);
  return merlinScoresOf(
    rows.map((r) => ({ relation: r.relation as MerlinRelation, answers: r.answers })),
  );
}
