import type { Kysely } from "kysely";
import type { CodedEvidence } from "../../shared/codebook.ts";
import { DEFAULT_CODEBOOK } from "../../shared/codebook-default.ts";
import type { EvidenceItem } from "../../shared/schemas.ts";
import type { DialectAdapter } from "../dialects/adapter.ts";
import type { Database, EvidenceSupportTable } from "../schema.ts";

type Db = Kysely<Database>;

/** An item to write: an exchange record, or one that also says its codes and what it supports. */
export type EvidenceWrite = EvidenceItem &
  Partial<
    Pick<CodedEvidence, "codes" | "appraisal" | "assumption" | "outcomeFramework" | "outcome">
  >;

/** Ids per query: well under either dialect's bound-parameter limit. */
const CHUNK = 1000;

/** The code ids of each of `ids` (items with none are absent), sorted by code id. */
export async function evidenceCodingsOf(
  db: Db,
  workspaceId: number,
  ids: readonly string[],
): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  for (let i = 0; i < ids.length; i += CHUNK) {
    const rows = await db
      .selectFrom("evidence_codes")
      .select(["evidence_id", "code_id"])
      .where("workspace_id", "=", workspaceId)
      .where("evidence_id", "in", ids.slice(i, i + CHUNK))
      .orderBy("evidence_id")
      .orderBy("code_id")
      .execute();
    for (const r of rows) out.set(r.evidence_id, [...(out.get(r.evidence_id) ?? []), r.code_id]);
  }
  return out;
}

/** What each of `ids` supports (items that support nothing are absent). */
export async function evidenceSupportsOf(
  db: Db,
  workspaceId: number,
  ids: readonly string[],
): Promise<Map<string, EvidenceSupportTable>> {
  const out = new Map<string, EvidenceSupportTable>();
  for (let i = 0; i < ids.length; i += CHUNK) {
    const rows = await db
      .selectFrom("evidence_supports")
      .selectAll()
      .where("workspace_id", "=", workspaceId)
      .where("evidence_id", "in", ids.slice(i, i + CHUNK))
      .execute();
    // An item's appraisal row and outcome row read as one record.
    for (const r of rows) {
      const merged = out.get(r.evidence_id) ?? {
        ...r,
        appraisal_id: null,
        assumption: null,
        outcome_framework_id: null,
        outcome: null,
      };
      if (r.kind === "appraisal")
        Object.assign(merged, { appraisal_id: r.appraisal_id, assumption: r.assumption });
      else
        Object.assign(merged, { outcome_framework_id: r.outcome_framework_id, outcome: r.outcome });
      out.set(r.evidence_id, merged);
    }
  }
  return out;
}

/** Re-adds any default theme code the items' themes need (a theme is always a code). */
async function themeCodesEnsure(
  db: Db,
  adapter: DialectAdapter,
  workspaceId: number,
  items: EvidenceWrite[],
) {
  const needed = new Set(items.flatMap((e) => e.themes));
  if (needed.size === 0) return;
  const rows = DEFAULT_CODEBOOK.filter((c) => c.id === "themes" || needed.has(c.id as never)).map(
    (c) => ({
      workspace_id: workspaceId,
      id: c.id,
      name: c.name,
      description: c.description,
      parent_id: c.parent,
      colour: c.colour,
    }),
  );
  // Updating the id to itself keeps a renamed or moved code as the workspace has it.
  await adapter.insertMany(db, "codebook_codes", rows, {
    keys: ["workspace_id", "id"],
    update: ["id"],
  });
}

/**
 * Writes the codings of `items`: an item with `codes` gets exactly those plus its themes; an item
 * without (an exchange record, which carries themes only) keeps its codings and gains its themes.
 */
export async function codingsWrite(
  db: Db,
  adapter: DialectAdapter,
  workspaceId: number,
  items: EvidenceWrite[],
  fresh: boolean,
) {
  await themeCodesEnsure(db, adapter, workspaceId, items);
  const replaced = items.filter((e) => e.codes !== undefined).map((e) => e.id);
  if (!fresh && replaced.length)
    await adapter.deleteIn(db, "evidence_codes", workspaceId, "evidence_id", replaced);
  const rows = items.flatMap((e) =>
    [...new Set([...(e.codes ?? []), ...e.themes])].map((code) => ({
      workspace_id: workspaceId,
      evidence_id: e.id,
      code_id: code,
    })),
  );
  if (rows.length)
    await adapter.insertMany(db, "evidence_codes", rows, {
      keys: ["workspace_id", "evidence_id", "code_id"],
      update: ["code_id"],
    });
}

/** Writes what items support; items that say nothing about it (exchange records) keep theirs. */
export async function supportsWrite(
  db: Db,
  adapter: DialectAdapter,
  workspaceId: number,
  items: EvidenceWrite[],
  fresh: boolean,
) {
  const saying = items.filter((e) => e.appraisal !== undefined || e.outcomeFramework !== undefined);
  if (!fresh && saying.length)
    await adapter.deleteIn(
      db,
      "evidence_supports",
      workspaceId,
      "evidence_id",
      saying.map((e) => e.id),
    );
  const none = { appraisal_id: null, assumption: null, outcome_framework_id: null, outcome: null };
  const rows = saying.flatMap((e) => [
    ...(e.appraisal
      ? [
          {
            workspace_id: workspaceId,
            evidence_id: e.id,
            kind: "appraisal",
            ...none,
            appraisal_id: e.appraisal,
            assumption: e.assumption ?? null,
          },
        ]
      : []),
    ...(e.outcomeFramework
      ? [
          {
            workspace_id: workspaceId,
            evidence_id: e.id,
            kind: "outcome",
            ...none,
            outcome_framework_id: e.outcomeFramework,
            outcome: e.outcome ?? null,
          },
        ]
      : []),
  ]);
  if (rows.length) await adapter.insertMany(db, "evidence_supports", rows);
}
