import type { Kysely } from "kysely";
import type { AssessmentDetail, AssessmentView } from "../../shared/health-views.ts";
import { type AssessmentInput, assessmentInputSchema } from "../../shared/instruments.ts";
import { type Problem, problemsOf } from "../../shared/problems.ts";
import { type Database, workspaceTouch } from "../../store/index.ts";
import { responsesOf, wavesOf } from "../../store/repositories/assessment-waves.ts";
import {
  type AssessmentRecord,
  assessmentDelete,
  assessmentGet,
  assessmentInsert,
  assessmentsAll,
  partnershipOrganisations,
} from "../../store/repositories/assessments.ts";
import type { ServiceContext } from "../context.ts";
import { conflict, invalid } from "../errors.ts";
import { auditEntry } from "../people/audit.ts";
import { auditWrite } from "../people/audit-write.ts";
import { workspaceRequire } from "../workspaces.ts";
import { assessmentChangeCheck, assessmentRequire } from "./assessment-access.ts";
import { instrumentResolve } from "./instruments.ts";

export type { AssessmentDetail };

const audited = (a: AssessmentRecord | AssessmentInput) => ({
  name: a.name,
  partnership: a.partnership,
  partners: a.partners,
  instrument: a.instrument,
});

/** Every assessment of a workspace. */
export async function assessmentsList(
  ctx: ServiceContext,
  slug: string,
): Promise<AssessmentView[]> {
  const ws = await workspaceRequire(ctx, slug);
  return assessmentsAll(ctx.store.db, ws.id);
}

/** One assessment with its waves and response counts per partner (counts, never answers). */
export async function assessmentDetail(
  ctx: ServiceContext,
  slug: string,
  id: string,
): Promise<AssessmentDetail> {
  const ws = await workspaceRequire(ctx, slug);
  const a = await assessmentRequire(ctx.store.db, ws.id, id);
  const [waves, responses] = await Promise.all([
    wavesOf(ctx.store.db, ws.id, id),
    responsesOf(ctx.store.db, ws.id, id),
  ]);
  const counted = waves.map((w) => {
    const counts = Object.fromEntries(a.partners.map((p) => [p, 0]));
    for (const r of responses)
      if (r.wave === w.id) counts[r.organisation] = (counts[r.organisation] ?? 0) + 1;
    return { ...w, responses: counts };
  });
  const reminders = counted
    .filter((w) => w.state === "open")
    .flatMap((w) =>
      a.partners
        .filter((p) => (w.responses[p] ?? 0) < a.minGroupSize)
        .map((p) => ({
          wave: w.id,
          organisation: p,
          responses: w.responses[p] ?? 0,
          needed: a.minGroupSize,
        })),
    );
  return { ...a, waves: counted, reminders };
}

/** Creates an assessment of a partnership by some of its member organisations. */
export async function assessmentCreate(
  ctx: ServiceContext,
  slug: string,
  input: unknown,
): Promise<AssessmentDetail> {
  const parsed = assessmentInputSchema.safeParse(input);
  if (!parsed.success)
    throw invalid("The assessment is not valid", problemsOf(parsed.error, input));
  const data = parsed.data;
  const ws = await workspaceRequire(ctx, slug);
  const now = ctx.now().toISOString();
  await ctx.store.db.transaction().execute(async (trx) => {
    if (await assessmentGet(trx, ws.id, data.id))
      throw conflict(`An assessment with id '${data.id}' already exists`, [
        { path: "$.id", message: `"${data.id}" is already used` },
      ]);
    const problems = await assessmentProblems(trx, ws.id, data);
    if (problems.length > 0) throw invalid("The assessment is not valid", problems);
    await assessmentInsert(trx, ws.id, {
      ...data,
      minGroupSize: data.minGroupSize ?? 3,
      createdAt: now,
      updatedAt: now,
      createdBy: ctx.actor().userId,
    });
    await workspaceTouch(trx, ws.id);
    await auditWrite(
      ctx,
      trx,
      auditEntry(ctx, ws.id, "create", "assessments", data.id, undefined, audited(data)),
    );
  });
  return assessmentDetail(ctx, slug, data.id);
}

/** What is wrong with a new assessment's partnership, partners and instrument. */
async function assessmentProblems(
  db: Kysely<Database>,
  workspaceId: number,
  data: AssessmentInput,
): Promise<Problem[]> {
  const problems: Problem[] = [];
  const members = await partnershipOrganisations(db, workspaceId, data.partnership);
  if (!members)
    problems.push({
      path: "$.partnership",
      message: `there is no partnership "${data.partnership}"`,
    });
  data.partners.forEach((p, i) => {
    const path = `$.partners[${i}]`;
    if (members && !members.includes(p))
      problems.push({
        path,
        message: `"${p}" is not a member of partnership "${data.partnership}"`,
      });
    if (data.partners.indexOf(p) !== i) problems.push({ path, message: `"${p}" is listed twice` });
  });
  const { id, version } = data.instrument;
  if (!(await instrumentResolve(db, workspaceId, id, version)))
    problems.push({
      path: "$.instrument",
      message: `there is no instrument "${id}" version ${version}`,
    });
  return problems;
}

/** Deletes an assessment with its waves and responses. */
export async function assessmentRemove(
  ctx: ServiceContext,
  slug: string,
  id: string,
): Promise<void> {
  const ws = await workspaceRequire(ctx, slug);
  // Checked before the transaction: the role is read on the store's own connection.
  await assessmentChangeCheck(ctx, ws.id, await assessmentRequire(ctx.store.db, ws.id, id));
  await ctx.store.db.transaction().execute(async (trx) => {
    const found = await assessmentRequire(trx, ws.id, id);
    await assessmentDelete(trx, ws.id, id);
    await workspaceTouch(trx, ws.id);
    await auditWrite(ctx, trx, auditEntry(ctx, ws.id, "delete", "assessments", id, audited(found)));
  });
}
