import type { Kysely } from "kysely";
import { auditAppend, type Database, memberGet } from "../../store/index.ts";
import type { ServiceContext } from "../context.ts";
import { auditEntry } from "../people/audit.ts";

/**
 * Logs that a signed-in member answered supply chain `supplyChainId`'s survey, inside the
 * answer's transaction `trx`: the fact and the organisation the member speaks for, never the
 * answers (they are confidential), and not the response's id, which would tie a person to them.
 */
export async function merlinAnswerAudit(
  ctx: ServiceContext,
  trx: Kysely<Database>,
  workspaceId: number,
  supplyChainId: string,
): Promise<void> {
  const { userId } = ctx.actor();
  const member = userId ? await memberGet(trx, workspaceId, userId) : undefined;
  const after = { supplyChain: supplyChainId, organisation: member?.organisation_id ?? null };
  await auditAppend(trx, [
    auditEntry(ctx, workspaceId, "create", "merlin_responses", null, undefined, after),
  ]);
}
