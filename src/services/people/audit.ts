import type { Insertable } from "kysely";
import { type AuditQuery, auditList } from "../../store/index.ts";
import type { AuditLogTable } from "../../store/schema.ts";
import type { ServiceContext } from "../context.ts";
import { workspaceRequire } from "../workspaces.ts";

/** What the audit log calls each kind of actor. */
export type AuditActorKind = "user" | "token" | "respondent" | "import" | "cli";

/** One audit entry as the API and CLI show it. */
export interface AuditItem {
  id: number;
  at: string;
  actor: { kind: AuditActorKind; id: string | null; email?: string };
  action: string;
  collection: string;
  recordId: string | null;
  changes?: unknown;
}

/**
 * An audit entry for a write by the current actor: `before` and `after` are the record's fields
 * (only those that changed are kept when both are given), `extra` anything else worth keeping
 * (an import's counts).
 */
export function auditEntry(
  ctx: ServiceContext,
  workspaceId: number | null,
  action: string,
  collection: string,
  recordId: string | null,
  before?: Record<string, unknown>,
  after?: Record<string, unknown>,
  extra?: Record<string, unknown>,
): Insertable<AuditLogTable> {
  const actor = ctx.actor();
  const id = actor.kind === "respondent" ? actor.linkId : actor.userId;
  const changes = { ...changedFields(before, after), ...extra };
  return {
    workspace_id: workspaceId,
    at: ctx.now().toISOString(),
    actor_kind: actor.kind,
    actor_id: id ?? null,
    actor_email: actor.email,
    action,
    collection,
    record_id: recordId,
    changes: Object.keys(changes).length > 0 ? JSON.stringify(changes) : null,
  };
}

function changedFields(before?: Record<string, unknown>, after?: Record<string, unknown>) {
  if (!before || !after) return { ...(before && { before }), ...(after && { after }) };
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
    (k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]),
  );
  const pick = (o: Record<string, unknown>) =>
    Object.fromEntries(keys.map((k) => [k, o[k] ?? null]));
  return { before: pick(before), after: pick(after) };
}

/** A workspace's audit log, newest first, filtered. */
export async function auditOf(
  ctx: ServiceContext,
  slug: string,
  query: Omit<AuditQuery, "limit" | "offset"> & { limit?: number; offset?: number },
): Promise<{ items: AuditItem[]; total: number }> {
  const ws = await workspaceRequire(ctx, slug);
  const { rows, total } = await auditList(ctx.store.db, ws.id, { limit: 100, offset: 0, ...query });
  const items = rows.map((r) => ({
    id: Number(r.id),
    at: r.at,
    actor: {
      kind: r.actor_kind as AuditActorKind,
      id: r.actor_id,
      ...(r.actor_email ? { email: r.actor_email } : {}),
    },
    action: r.action,
    collection: r.collection,
    recordId: r.record_id,
    ...(r.changes ? { changes: JSON.parse(r.changes) } : {}),
  }));
  return { items, total };
}
