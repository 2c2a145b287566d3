import type { CoproductionProjectView } from "../../shared/coproduction-results.ts";
import { workspaceTouch } from "../../store/index.ts";
import { coproductionProjectPut } from "../../store/repositories/coproduction-projects.ts";
import type { ServiceContext } from "../context.ts";
import { auditEntry } from "../people/audit.ts";
import { auditWrite } from "../people/audit-write.ts";
import { workspaceRequire } from "../workspaces.ts";
import {
  type CoproductionProject,
  coproductionAudited,
  coproductionLinksCheck,
  coproductionProjectParse,
  coproductionProjectRequire,
  coproductionRecordFields,
} from "./coproduction-checks.ts";
import { coproductionProjectDetail } from "./coproduction-projects.ts";

const COLLECTION = "co-production-projects";

/**
 * Replaces a project with what `change` makes of the stored one (the whole project, one stage or
 * the proposals), checked whole, in one transaction with its audit entry.
 */
async function coproductionProjectChange(
  ctx: ServiceContext,
  slug: string,
  id: string,
  change: (found: CoproductionProject) => unknown,
): Promise<CoproductionProjectView> {
  const ws = await workspaceRequire(ctx, slug);
  await ctx.store.db.transaction().execute(async (trx) => {
    const found = await coproductionProjectRequire(trx, ws.id, slug, id);
    const fields = coproductionProjectParse(change(found));
    await coproductionLinksCheck(trx, ws.id, fields);
    const updatedAt = ctx.now().toISOString();
    await coproductionProjectPut(trx, ws.id, {
      ...found,
      ...coproductionRecordFields(fields),
      updatedAt,
    });
    await workspaceTouch(trx, ws.id);
    const [before, after] = [coproductionAudited(found), coproductionAudited(fields)];
    await auditWrite(ctx, trx, auditEntry(ctx, ws.id, "update", COLLECTION, id, before, after));
  });
  return coproductionProjectDetail(ctx, slug, id);
}

/** Replaces a project's title, partnership, description, stages and proposals. */
export async function coproductionProjectUpdate(
  ctx: ServiceContext,
  slug: string,
  id: string,
  input: unknown,
): Promise<CoproductionProjectView> {
  const { id: _, ...rest } = (input ?? {}) as Record<string, unknown>;
  return coproductionProjectChange(ctx, slug, id, () => rest);
}

/** Adds or replaces one stage of a project (the body is the stage; its name comes from the path). */
export async function coproductionStageSet(
  ctx: ServiceContext,
  slug: string,
  id: string,
  stage: string,
  input: unknown,
): Promise<CoproductionProjectView> {
  return coproductionProjectChange(ctx, slug, id, (found) => {
    const others = found.stages.filter((s) => s.stage !== stage);
    return { ...found, stages: [...others, { ...(input as object), stage }] };
  });
}

/** Removes one stage of a project. */
export async function coproductionStageRemove(
  ctx: ServiceContext,
  slug: string,
  id: string,
  stage: string,
): Promise<CoproductionProjectView> {
  return coproductionProjectChange(ctx, slug, id, (found) => ({
    ...found,
    stages: found.stages.filter((s) => s.stage !== stage),
  }));
}

/** Replaces a project's co-design proposals and both sides' ranks (`{ proposals: [...] }`). */
export async function coproductionProposalsSet(
  ctx: ServiceContext,
  slug: string,
  id: string,
  input: { proposals?: unknown },
): Promise<CoproductionProjectView> {
  return coproductionProjectChange(ctx, slug, id, (found) => ({
    ...found,
    proposals: input.proposals,
  }));
}
