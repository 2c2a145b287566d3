import { randomUUID } from "node:crypto";
import { responseProblems } from "../../engine/health/check.ts";
import type { Instrument } from "../../shared/instruments.ts";
import type { Problem } from "../../shared/problems.ts";
import { workspaceTouch } from "../../store/index.ts";
import { responseInsert, wavesOf } from "../../store/repositories/assessment-waves.ts";
import { assessmentGet } from "../../store/repositories/assessments.ts";
import {
  type RespondentLinkRow,
  respondentLinkUse,
} from "../../store/repositories/respondent-links.ts";
import { workspaceById } from "../../store/repositories/workspaces.ts";
import type { ServiceContext } from "../context.ts";
import type { Actor } from "../people/actor.ts";
import { auditEntry } from "../people/audit.ts";
import { auditWrite } from "../people/audit-write.ts";
import { organisationNames } from "../people/respondent-links.ts";
import { type AnswerValues, assessmentFormCheck } from "./assessment-form.ts";
import { instrumentResolve } from "./instruments.ts";

/** What the answering page of an assessment link shows. */
export interface AssessmentAnswering {
  assessment: string;
  assessmentName: string;
  workspaceName: string;
  organisation: string;
  organisationName: string | null;
  wave: { id: string; date: string };
  instrument: Instrument;
  partners: { id: string; name: string | null }[];
}

/** A link that cannot be answered: why, in words for the person who opened it. */
export interface AnsweringRefusal {
  ok: false;
  message: string;
}

const CLOSED = "This round of the assessment has closed and takes no more answers. Thank you.";
const GONE = "This assessment is no longer open. Thank you.";

/** The answering context of an open assessment link, or why it cannot be answered. */
export async function assessmentAnsweringOpen(
  ctx: ServiceContext,
  link: RespondentLinkRow,
): Promise<{ ok: true; form: AssessmentAnswering } | AnsweringRefusal> {
  const ws = link.workspace_id;
  const a = await assessmentGet(ctx.store.db, ws, link.target_id);
  if (!a || !link.organisation_id || !a.partners.includes(link.organisation_id))
    return { ok: false, message: GONE };
  const wave = (await wavesOf(ctx.store.db, ws, a.id)).find((w) => w.id === link.wave);
  if (!wave || wave.state === "closed") return { ok: false, message: CLOSED };
  const instrument = await instrumentResolve(
    ctx.store.db,
    ws,
    a.instrument.id,
    a.instrument.version,
  );
  if (!instrument) return { ok: false, message: GONE };
  const [names, workspace] = await Promise.all([
    organisationNames(ctx, ws, a.partners),
    workspaceById(ctx.store.db, ws),
  ]);
  const form: AssessmentAnswering = {
    assessment: a.id,
    assessmentName: a.name,
    workspaceName: workspace?.name ?? "",
    organisation: link.organisation_id,
    organisationName: names.get(link.organisation_id) ?? null,
    wave: { id: wave.id, date: wave.date },
    instrument,
    partners: a.partners.map((p) => ({ id: p, name: names.get(p) ?? null })),
  };
  return { ok: true, form };
}

/** The outcome of answering through an assessment link. */
export type AssessmentAnswer = { ok: true } | { ok: false; problems: Problem[] } | AnsweringRefusal;

/**
 * Records one response given through an assessment link, for the link's partner and wave, all or
 * nothing: any problem stores nothing and uses nothing of the link. The audit entry names the
 * link's organisation, never a person; a single-use link counts its use in the same transaction.
 */
export async function assessmentAnswerAdd(
  ctx: ServiceContext,
  link: RespondentLinkRow,
  actor: Actor,
  form: AssessmentAnswering,
  values: AnswerValues,
): Promise<AssessmentAnswer> {
  const checked = assessmentFormCheck(
    { instrument: form.instrument, own: form.organisation, partners: form.partners },
    values,
  );
  if (!checked.ok) return checked;
  const response = {
    partner: form.organisation,
    wave: form.wave.id,
    answers: checked.answers,
    ratings: checked.ratings ?? undefined,
  };
  const ids = form.partners.map((p) => p.id);
  const who = `the respondent for "${form.organisation}"`;
  const problems = responseProblems(form.instrument, ids, [form.wave.id], response, who);
  if (problems.length > 0) return { ok: false, problems };
  const as: ServiceContext = { ...ctx, actor: () => actor };
  const now = ctx.now().toISOString();
  const ws = link.workspace_id;
  return ctx.store.db.transaction().execute(async (trx): Promise<AssessmentAnswer> => {
    const wave = (await wavesOf(trx, ws, form.assessment)).find((w) => w.id === form.wave.id);
    if (wave?.state !== "open") return { ok: false, message: CLOSED };
    if (!(await respondentLinkUse(trx, link.id, now)))
      return { ok: false, message: "This link has just been used or withdrawn." };
    await responseInsert(trx, ws, form.assessment, {
      id: randomUUID(),
      wave: form.wave.id,
      organisation: form.organisation,
      answers: checked.answers,
      ratings: checked.ratings,
      createdAt: now,
    });
    await workspaceTouch(trx, ws);
    // The fact and the organisation, never the answers or the response's id.
    const after = {
      assessment: form.assessment,
      wave: form.wave.id,
      organisation: form.organisation,
    };
    await auditWrite(
      as,
      trx,
      auditEntry(as, ws, "create", "assessment_responses", null, undefined, after),
    );
    return { ok: true };
  });
}
