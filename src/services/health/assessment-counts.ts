import type { AssessmentCounts, Reminder } from "../../shared/health-links.ts";
import { responsesOf, wavesOf } from "../../store/repositories/assessment-waves.ts";
import type { ServiceContext } from "../context.ts";
import { organisationNames, respondentLinkState } from "../people/respondent-links.ts";
import { workspaceRequire } from "../workspaces.ts";
import { assessmentRequire } from "./assessment-access.ts";
import { assessmentLinkRows } from "./assessment-links.ts";

/**
 * The live count of responses per wave and partner: counts only, never answers, so shown to every
 * member (a count of one or two reveals nobody's answers).
 */
export async function assessmentCounts(
  ctx: ServiceContext,
  slug: string,
  id: string,
): Promise<AssessmentCounts> {
  const ws = await workspaceRequire(ctx, slug);
  const a = await assessmentRequire(ctx.store.db, ws.id, id);
  const [waves, responses, names] = await Promise.all([
    wavesOf(ctx.store.db, ws.id, id),
    responsesOf(ctx.store.db, ws.id, id),
    organisationNames(ctx, ws.id, a.partners),
  ]);
  return {
    assessment: id,
    minGroupSize: a.minGroupSize,
    waves: waves.map((w) => {
      const mine = responses.filter((r) => r.wave === w.id);
      return {
        wave: w.id,
        date: w.date,
        state: w.state,
        total: mine.length,
        byPartner: a.partners.map((p) => ({
          organisation: p,
          name: names.get(p) ?? null,
          responses: mine.filter((r) => r.organisation === p).length,
        })),
      };
    }),
  };
}

/** The words of a reminder the owner can copy into an email (no link: each secret was shown once). */
export function reminderMessage(r: {
  name: string | null;
  organisation: string;
  responses: number;
  needed: number;
  assessment: string;
  date: string;
}): string {
  const who = r.name ?? r.organisation;
  const more = r.needed - r.responses;
  const so = r.responses === 0 ? "no one has answered yet" : `${r.responses} answered so far`;
  return [
    `Dear colleagues at ${who},`,
    `${r.assessment} (round of ${r.date}) is open, and ${so}.`,
    `Your organisation's answers are shown to the other partners only once at least ${r.needed} people have answered, so we need ${more} more.`,
    "Please use the link we sent you; it takes about ten minutes and does not ask your name.",
  ].join("\n");
}

/**
 * Reminders for the owner to send: each partner of an open wave with fewer responses than the
 * smallest group shown to others, with the partner's links for that wave that still work.
 */
export async function assessmentReminders(
  ctx: ServiceContext,
  slug: string,
  id: string,
): Promise<Reminder[]> {
  const ws = await workspaceRequire(ctx, slug);
  const a = await assessmentRequire(ctx.store.db, ws.id, id);
  const counts = await assessmentCounts(ctx, slug, id);
  const links = await assessmentLinkRows(ctx, ws.id, id);
  const now = ctx.now().toISOString();
  return counts.waves
    .filter((w) => w.state === "open")
    .flatMap((w) =>
      w.byPartner
        .filter((p) => p.responses < a.minGroupSize)
        .map((p) => ({
          wave: w.wave,
          organisation: p.organisation,
          name: p.name,
          responses: p.responses,
          needed: a.minGroupSize,
          links: links
            .filter((l) => l.organisation_id === p.organisation && l.wave === w.wave)
            .filter((l) => respondentLinkState(l, now) === "active")
            .map((l) => ({
              id: l.id,
              label: l.label,
              singleUse: l.single_use === 1,
              uses: l.uses,
            })),
          message: reminderMessage({
            ...p,
            needed: a.minGroupSize,
            assessment: a.name,
            date: w.date,
          }),
        })),
    );
}
