import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import SQLite from "better-sqlite3";
import { mergeOrganisationInto } from "../../engine/interop/exchange-builder.ts";
import type { Organisation } from "../../shared/index.ts";
import type { ImportBatchItem } from "../../store/index.ts";
import { organisationCombined } from "./organisation-aliases.ts";
import { sha1Of, stableJsonOf } from "./stable-json.ts";

/** Reads the stored organisations among some ids (nothing for a new workspace). */
export type StoredOrganisationsOf = (ids: string[]) => Promise<Organisation[]>;

/** What one chunk's organisations do: those to write, and their batch items. */
export interface OrganisationsPlan {
  write: Organisation[];
  items: ImportBatchItem[];
  /** Ids this import meets for the first time in this chunk (their provenance is kept once). */
  firstMet: Set<string>;
  /** Organisations (and their items) written for the first time, never stored before: plain inserts. */
  firstWrites: Set<object>;
}

/**
 * Organisations met across the chunks of one import, so a funder named by 40,000 grants is written
 * once: in memory only id → (status, hash of the record so far); the records themselves and what
 * was stored before wait in a temporary SQLite file, read back only when a later chunk adds to one.
 * @example const ledger = createOrganisationLedger(lookup); const { write } = await ledger.plan(orgs);
 */
export function createOrganisationLedger(storedOf: StoredOrganisationsOf) {
  /** id → 'c' (created) | 'u' (changed) | 'n' (unchanged), then the hash of the record so far. */
  const state = new Map<string, string>();
  const dir = mkdtempSync(join(tmpdir(), "partnerscope-orgs-"));
  const db = new SQLite(join(dir, "organisations.db"));
  db.pragma("journal_mode = OFF");
  db.pragma("synchronous = OFF");
  db.exec("create table orgs (id text primary key, incoming text, before text)");
  const put = db.prepare("insert or replace into orgs (id, incoming, before) values (?, ?, ?)");
  const get = db.prepare("select incoming, before from orgs where id = ?");

  /** An organisation's JSON and its hash. Key order is fixed by the mapping code, so plain JSON tells 'same as before'. */
  const hashOf = (o: Organisation) => {
    const json = JSON.stringify(o);
    return { json, hash: sha1Of(json) };
  };

  /** The organisation as it now stands, or null when this chunk adds nothing to it. */
  function recordOf(o: Organisation, stored: Map<string, Organisation>) {
    const entry = state.get(o.id);
    const { json, hash } = hashOf(o);
    if (!entry) {
      const before = stored.get(o.id) ?? null;
      put.run(o.id, json, before ? JSON.stringify(before) : null);
      return { incoming: o, before, hash };
    }
    if (entry.slice(1) === hash) return null;
    const row = get.get(o.id) as { incoming: string; before: string | null };
    const incoming = JSON.parse(row.incoming) as Organisation;
    mergeOrganisationInto(incoming, o);
    const mergedJson = JSON.stringify(incoming);
    const merged = sha1Of(mergedJson);
    if (merged === entry.slice(1)) return null;
    put.run(o.id, mergedJson, row.before);
    const before = row.before ? (JSON.parse(row.before) as Organisation) : null;
    return { incoming, before, hash: merged };
  }

  function planOne(o: Organisation, stored: Map<string, Organisation>, plan: OrganisationsPlan) {
    if (!state.has(o.id)) plan.firstMet.add(o.id);
    const record = recordOf(o, stored);
    if (!record) return;
    const { incoming, before, hash } = record;
    const next = before ? organisationCombined(before, incoming) : incoming;
    const beforeJson = before ? stableJsonOf(before) : null;
    const nextJson = stableJsonOf(next);
    const status = !before ? "c" : beforeJson === nextJson ? "n" : "u";
    state.set(o.id, `${status}${hash}`);
    if (status === "n") return;
    const action = before ? "changed" : "created";
    const item: ImportBatchItem = {
      collection: "organisations",
      entityId: o.id,
      action,
      before: beforeJson,
      after: sha1Of(nextJson),
    };
    plan.write.push(next);
    plan.items.push(item);
    // Met first in this chunk and not stored: neither it nor its item has a row yet.
    if (!before && plan.firstMet.has(o.id)) plan.firstWrites.add(next).add(item);
  }

  return {
    /**
     * Whether an earlier chunk of this import already brought exactly this organisation (so it was
     * validated then, and planning it again changes nothing).
     */
    isKnownSame(o: Organisation): boolean {
      const entry = state.get(o.id);
      return entry !== undefined && entry.slice(1) === hashOf(o).hash;
    },
    /**
     * Decides, for one chunk's organisations, what to write and record in the batch; `same` are
     * those `isKnownSame` already found unchanged (nothing to decide for them).
     */
    async plan(
      organisations: readonly Organisation[],
      same: ReadonlySet<string> = new Set(),
    ): Promise<OrganisationsPlan> {
      const fresh = organisations.filter((o) => !state.has(o.id)).map((o) => o.id);
      const stored = new Map((fresh.length ? await storedOf(fresh) : []).map((o) => [o.id, o]));
      const plan: OrganisationsPlan = {
        write: [],
        items: [],
        firstMet: new Set(),
        firstWrites: new Set(),
      };
      db.transaction(() => {
        for (const o of organisations) if (!same.has(o.id)) planOne(o, stored, plan);
      })();
      return plan;
    },
    /** How many organisations the import met. */
    size: () => state.size,
    /** Each organisation met with what happens to it, in the order first met. */
    *statuses(): Generator<[string, "created" | "changed" | "unchanged"]> {
      const names = { c: "created", u: "changed", n: "unchanged" } as const;
      for (const [id, entry] of state) yield [id, names[entry[0] as "c" | "u" | "n"]];
    },
    /** Deletes the temporary file. */
    close(): void {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The organisations met by one import. */
export type OrganisationLedger = ReturnType<typeof createOrganisationLedger>;
