import type { MemberAnswering } from "../../shared/health-views.ts";
import { wavesOf } from "../../store/repositories/assessment-waves.ts";
import type { ServiceContext } from "../context.ts";
import { notFound } from "../errors.ts";
import { organisationNames } from "../people/respondent-links.ts";
import { workspaceRequire } from "../workspaces.ts";
import { assessmentRequire, viewerOf } from "./assessment-access.ts";
import { instrumentResolve } from "./instruments.ts";

export type { MemberAnswering };

/**
 * Whether and how the signed-in member may answer an assessment: for the partner organisation
 * their membership ties them to, in one of its open waves (answers go to `POST …/responses`).
 */
export async function memberAnswering(
  ctx: ServiceContext,
  slug: string,
  id: string,
): Promise<MemberAnswering> {
  const ws = await workspaceRequire(ctx, slug);
  const a = await assessmentRequire(ctx.store.db, ws.id, id);
  const [viewer, waves, instrument, names] = await Promise.all([
    viewerOf(ctx, ws.id),
    wavesOf(ctx.store.db, ws.id, id),
    instrumentResolve(ctx.store.db, ws.id, a.instrument.id, a.instrument.version),
    organisationNames(ctx, ws.id, a.partners),
  ]);
  if (!instrument) throw notFound(`The assessment's instrument '${a.instrument.id}' is missing`);
  const organisation = viewer.own && a.partners.includes(viewer.own) ? viewer.own : null;
  return {
    organisation,
    organisationName: organisation ? (names.get(organisation) ?? null) : null,
    openWaves: waves.filter((w) => w.state === "open").map((w) => ({ id: w.id, date: w.date })),
    instrument,
    partners: a.partners.map((p) => ({ id: p, name: names.get(p) ?? null })),
  };
}
