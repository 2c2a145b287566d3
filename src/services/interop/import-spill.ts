import { rmSync } from "node:fs";
import { join } from "node:path";
import SQLite from "better-sqlite3";
import { tempDirCreateSync } from "./temp-dirs.ts";

/** One record read in pass 1, as it is kept for pass 2. */
export interface SpilledRecord {
  kind: string;
  /** The OCDS ocid ('' when it has none, or for a grant). */
  ocid: string;
  label: string;
  row: number | null;
  /** The package it came in (see `addPackage`), or null for a bare value. */
  pkg: number | null;
  /** Whether the record passed validation; `never` when it must not be imported at all (a repeat). */
  valid: boolean | "never";
  json: string;
}

/** The records of one ocid kept so far, and their characters of JSON text. */
export interface OcidSize {
  entries: number;
  chars: number;
}

/** A spilled record read back, with its package's publisher and version. */
export interface SpillRow {
  seq: number;
  kind: string;
  ocid: string;
  label: string;
  row: number | null;
  json: string;
  publisher: string | null;
  version: string | null;
}

const SCHEMA = `
  create table records (seq integer primary key, kind text, ocid text, label text, row integer,
    pkg integer, valid integer, json text);
  create table ocids (first integer primary key, ocid text unique, entries integer, chars integer);
  create table packages (id integer primary key, publisher text, version text);`;

/** `valid` as stored: 1 valid, 0 invalid (imported only under `import-all`), 2 never imported. */
const VALID: Record<string, number> = { true: 1, false: 0, never: 2 };

/** Commit every so many writes: one transaction per record would be a hundred times slower. */
const COMMIT_EVERY = 5_000;

/**
 * A temporary SQLite file (in the OS temp directory, deleted by `close`) that holds the records of a
 * file between the validating pass and the writing pass, so memory stays flat however large the
 * file is; OCDS releases come back grouped by ocid (in order of first appearance) for compiling.
 * @example const spill = createImportSpill(); spill.add(r); for (const row of spill.rows(false)) …; spill.close();
 */
export function createImportSpill() {
  // Named with this pid, so the next start removes it if this process dies mid-import.
  const dir = tempDirCreateSync("partnerscope-spill-");
  const db = new SQLite(join(dir, "spill.db"));
  // Scratch data: nothing needs to survive a crash, so no journal and no fsync.
  db.pragma("journal_mode = OFF");
  db.pragma("synchronous = OFF");
  db.pragma("cache_size = -16000");
  db.exec(SCHEMA);
  const insert = db.prepare(
    "insert into records (kind, ocid, label, row, pkg, valid, json) values (?, ?, ?, ?, ?, ?, ?)",
  );
  // Each ocid's releases and records so far, counted as they come (the limits of decision 0007).
  const insertOcid = db.prepare(
    `insert into ocids (first, ocid, entries, chars) values (?, ?, 1, ?) on conflict (ocid)
     do update set entries = entries + 1, chars = chars + excluded.chars returning entries, chars`,
  );
  let ocidSize: OcidSize = { entries: 0, chars: 0 };
  const getRecord = db.prepare("select label, json from records where seq = ?");
  let pending = 0;
  const wrote = () => {
    if (++pending < COMMIT_EVERY) return;
    db.exec("commit; begin");
    pending = 0;
  };
  db.exec("begin");
  return {
    db,
    /** Keeps one record; returns its sequence number. */
    add(r: SpilledRecord): number {
      const seq = Number(
        insert.run(r.kind, r.ocid, r.label, r.row, r.pkg, VALID[String(r.valid)], r.json)
          .lastInsertRowid,
      );
      if (r.ocid !== "") ocidSize = insertOcid.get(seq, r.ocid, r.json.length) as OcidSize;
      wrote();
      return seq;
    },
    /** How many records, and characters of JSON, the ocid of the record `add` kept last has so far. */
    lastOcidSize: (): OcidSize => ocidSize,
    /** Records a package's publisher and version (known once its metadata is complete). */
    addPackage(id: number, publisher: string | null, version: string): void {
      db.prepare("insert or replace into packages (id, publisher, version) values (?, ?, ?)").run(
        id,
        publisher,
        version,
      );
    },
    /** Takes back the records of one package (a streamed 'package' that turned out to be a record). */
    takePackage(pkg: number): string[] {
      const rows = db.prepare("select ocid, json from records where pkg = ? order by seq").all(pkg);
      db.prepare("delete from records where pkg = ?").run(pkg);
      db.prepare("delete from ocids where first not in (select seq from records)").run();
      // Their ocids' sizes counted them: count again what is left (rare, and one ocid as a rule).
      const recount = db.prepare(
        `update ocids set (entries, chars) = (select count(*), coalesce(sum(length(json)), 0)
         from records r where r.ocid = ocids.ocid) where ocid = ?`,
      );
      const taken = rows as { ocid: string; json: string }[];
      for (const ocid of new Set(taken.map((r) => r.ocid))) recount.run(ocid);
      return taken.map((r) => r.json);
    },
    /** Ends the writing of pass 1. */
    seal(): void {
      db.exec("commit");
      db.exec("create index records_ocid on records (ocid, seq)");
    },
    /** One record's label and JSON text, by the number `add` returned. */
    recordAt(seq: number): { label: string; json: string } | undefined {
      return getRecord.get(seq) as { label: string; json: string } | undefined;
    },
    /** The kept records in file order (only valid ones when `validOnly`). */
    rows(validOnly: boolean): IterableIterator<SpillRow> {
      return db
        .prepare(
          `select r.seq, r.kind, r.ocid, r.label, r.row, r.json, p.publisher, p.version
           from records r left join packages p on p.id = r.pkg
           where r.valid ${validOnly ? "= 1" : "< 2"} order by r.seq`,
        )
        .iterate() as IterableIterator<SpillRow>;
    },
    /** The kept records with an ocid, grouped by ocid in order of its first appearance. */
    rowsByOcid(validOnly: boolean): IterableIterator<SpillRow> {
      return db
        .prepare(
          `select r.seq, r.kind, r.ocid, r.label, r.row, r.json, p.publisher, p.version
           from ocids o join records r on r.ocid = o.ocid left join packages p on p.id = r.pkg
           where r.valid ${validOnly ? "= 1" : "< 2"} order by o.first, r.seq`,
        )
        .iterate() as IterableIterator<SpillRow>;
    },
    /** Deletes the file. */
    close(): void {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A spill file of records. */
export type ImportSpill = ReturnType<typeof createImportSpill>;
