import type { WaveView } from "../../shared/health-views.ts";
import { waveInputSchema } from "../../shared/instruments.ts";
import { problemsOf } from "../../shared/problems.ts";
import { workspaceTouch } from "../../store/index.ts";
import { waveClose, waveInsert, wavesOf } from "../../store/repositories/assessment-waves.ts";
import type { WaveRecord } from "../../store/repositories/assessments.ts";
import type { ServiceContext } from "../context.ts";
import { conflict, invalid, notFound } from "../errors.ts";
import { auditEntry } from "../people/audit.ts";
import { auditWrite } from "../people/audit-write.ts";
import { workspaceRequire } from "../workspaces.ts";
import { assessmentChangeCheck, assessmentRequire } from "./assessment-access.ts";

/** Opens a wave `{ id, date }` of an assessment: it takes answers until closed. */
export async function waveOpen(
  ctx: ServiceContext,
  slug: string,
  assessment: string,
  input: unknown,
): Promise<WaveView> {
  const parsed = waveInputSchema.safeParse(input);
  if (!parsed.success) throw invalid("The wave is not valid", problemsOf(parsed.error, input));
  const ws = await workspaceRequire(ctx, slug);
  await assessmentChangeCheck(ctx, ws.id, await assessmentRequire(ctx.store.db, ws.id, assessment));
  const wave: WaveRecord = {
    ...parsed.data,
    state: "open",
    openedAt: ctx.now().toISOString(),
    closedAt: null,
  };
  await ctx.store.db.transaction().execute(async (trx) => {
    await assessmentRequire(trx, ws.id, assessment);
    if ((await wavesOf(trx, ws.id, assessment)).some((w) => w.id === wave.id))
      throw conflict(`The assessment already has a wave '${wave.id}'`, [
        { path: "$.id", message: `"${wave.id}" is already used` },
      ]);
    await waveInsert(trx, ws.id, assessment, wave);
    await workspaceTouch(trx, ws.id);
    const after = { assessment, date: wave.date, state: "open" };
    await auditWrite(
      ctx,
      trx,
      auditEntry(ctx, ws.id, "create", "assessment_waves", wave.id, undefined, after),
    );
  });
  return wave;
}

/** Closes an open wave: it takes no more answers. */
export async function waveCloseNow(
  ctx: ServiceContext,
  slug: string,
  assessment: string,
  waveId: string,
): Promise<WaveView> {
  const ws = await workspaceRequire(ctx, slug);
  await assessmentChangeCheck(ctx, ws.id, await assessmentRequire(ctx.store.db, ws.id, assessment));
  const at = ctx.now().toISOString();
  return ctx.store.db.transaction().execute(async (trx) => {
    const wave = (await wavesOf(trx, ws.id, assessment)).find((w) => w.id === waveId);
    if (!wave) throw notFound(`Assessment '${assessment}' has no wave '${waveId}'`);
    if (wave.state === "closed") throw conflict(`Wave '${waveId}' is already closed`);
    await waveClose(trx, ws.id, assessment, waveId, at);
    await workspaceTouch(trx, ws.id);
    const [before, after] = [
      { assessment, state: "open" },
      { assessment, state: "closed" },
    ];
    await auditWrite(
      ctx,
      trx,
      auditEntry(ctx, ws.id, "update", "assessment_waves", waveId, before, after),
    );
    return { ...wave, state: "closed" as const, closedAt: at };
  });
}
