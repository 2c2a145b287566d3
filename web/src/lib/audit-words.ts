import type { AuditEntry } from "../../../src/shared/index.ts";

/** The audit log's actions in words (others are shown as they are stored). */
export const ACTION_WORDS: Record<string, string> = {
  create: "Created",
  update: "Changed",
  delete: "Deleted",
  import: "Imported",
  undo: "Undid",
  merge: "Merged",
  decide: "Decided",
  invite: "Invited",
  revoke: "Revoked",
  accept: "Accepted",
};

/** The audit log's collections as people name them. */
const COLLECTION_WORDS: Record<string, string> = {
  organisations: "organisation",
  partnerships: "partnership",
  events: "event",
  contracts: "contract",
  evidence: "evidence",
  appraisals: "appraisal",
  "supply-chains": "supply chain",
  members: "member",
  invitations: "invitation",
  imports: "import",
};

/** A collection's name in the singular ('organisation'), or the stored name. */
export function collectionWords(collection: string): string {
  return COLLECTION_WORDS[collection] ?? collection.replace(/[-_]/g, " ");
}

/** Who did it, in words: their email, or the kind of actor. */
export function actorWords(actor: AuditEntry["actor"]): string {
  if (actor.email) return actor.email;
  if (actor.kind === "cli") return "Command line";
  if (actor.kind === "respondent") return "Respondent link";
  if (actor.kind === "token") return "API token";
  if (actor.kind === "import") return "Import";
  return "Owner (login link)";
}

/** The fields an entry changed, as 'name, sector' (or what it recorded, for imports). */
export function changedWords(changes: unknown): string {
  if (!changes || typeof changes !== "object") return "";
  const c = changes as { before?: Record<string, unknown>; after?: Record<string, unknown> };
  if (c.before && c.after) return Object.keys(c.after).join(", ");
  const rest = Object.entries(changes).filter(([k]) => k !== "before" && k !== "after");
  return rest
    .map(([k, v]) => `${k}: ${typeof v === "object" ? JSON.stringify(v) : String(v)}`)
    .join("; ");
}
