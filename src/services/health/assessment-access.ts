import type { Kysely } from "kysely";
import { isRoleAtLeast, type WorkspaceRole } from "../../shared/access.ts";
import type { Database } from "../../store/index.ts";
import { type AssessmentRecord, assessmentGet } from "../../store/repositories/assessments.ts";
import type { ServiceContext } from "../context.ts";
import { forbidden, notFound } from "../errors.ts";
import { roleIn } from "../people/actor.ts";

/** The current actor's role in a workspace and the partner organisation they speak for. */
export async function viewerOf(
  ctx: ServiceContext,
  workspaceId: number,
): Promise<{ role: WorkspaceRole | null; own: string | null }> {
  const actor = ctx.actor();
  const role = await roleIn(ctx, actor, workspaceId);
  if (!actor.userId) return { role, own: null };
  const member = await ctx.store.db
    .selectFrom("workspace_members")
    .select("organisation_id")
    .where("workspace_id", "=", workspaceId)
    .where("user_id", "=", actor.userId)
    .executeTakeFirst();
  return { role, own: member?.organisation_id ?? null };
}

/** The assessment, or 404. */
export async function assessmentRequire(
  db: Kysely<Database>,
  workspaceId: number,
  id: string,
): Promise<AssessmentRecord> {
  const found = await assessmentGet(db, workspaceId, id);
  if (!found) throw notFound(`There is no assessment '${id}'`);
  return found;
}

/**
 * Refuses a change to an assessment by an analyst who did not create it: analysts change their
 * own assessments, editors and owners any (the route's access rule already asks for analyst).
 */
export async function assessmentChangeCheck(
  ctx: ServiceContext,
  workspaceId: number,
  assessment: AssessmentRecord,
): Promise<void> {
  const { role } = await viewerOf(ctx, workspaceId);
  if (role === null || isRoleAtLeast(role, "editor")) return;
  const userId = ctx.actor().userId;
  if (assessment.createdBy !== null && assessment.createdBy === userId) return;
  throw forbidden(
    `As ${role} you may change only assessments you created; this needs the editor role`,
  );
}
