import { type Kysely, PostgresAdapter, sql } from "kysely";

/**
 * PostgreSQL: the batch's own log — `import_batch_items` and `provenance`, several rows per
 * imported record — is tied to its import batch by statement-level triggers instead of row-by-row
 * foreign keys. A foreign key runs one query, with its own executor start-up, for every row
 * inserted: in a 360Giving import more than half the server's time went to such checks (perf),
 * and these two tables are two of the six a grant writes. The triggers keep what the keys
 * guaranteed, once per statement over its transition table:
 *  - an inserted or updated row must name a batch of its workspace (SQLSTATE 23503,
 *    foreign_key_violation, as the key raised; the batch rows are locked FOR KEY SHARE as the key
 *    locked them);
 *  - deleting batches deletes their rows (the keys' ON DELETE CASCADE, also when the deletion is
 *    itself a cascade from the workspace);
 *  - a batch's key cannot change while rows name it (the keys' NO ACTION on update).
 * SQLite checks foreign keys in-process at little cost and keeps them. Decision 0007, third round.
 */
const isPostgres = (db: Kysely<any>) => db.getExecutor().adapter instanceof PostgresAdapter;

const LOGS = [
  ["import_batch_items", "import_batch_items_batch_fk"],
  ["provenance", "provenance_batch_fk"],
] as const;

export async function up(db: Kysely<any>): Promise<void> {
  if (!isPostgres(db)) return;
  await sql`
    create function partnerscope_batch_log_check() returns trigger language plpgsql as $$
    declare
      missing record;
    begin
      select n.workspace_id, n.batch_id into missing
      from (select distinct workspace_id, batch_id from new_rows) n
      where not exists (
        select 1 from import_batches b where b.workspace_id = n.workspace_id and b.id = n.batch_id)
      limit 1;
      if found then
        raise exception using
          errcode = 'foreign_key_violation',
          message = format('insert or update on table "%s" names import batch %s of workspace %s, which does not exist',
            tg_table_name, missing.batch_id, missing.workspace_id);
      end if;
      perform 1 from import_batches b
      where (b.workspace_id, b.id) in (select distinct workspace_id, batch_id from new_rows)
      for key share;
      return null;
    end $$`.execute(db);
  await sql`
    create function partnerscope_batch_log_cascade() returns trigger language plpgsql as $$
    begin
      delete from import_batch_items i using old_rows o
        where i.workspace_id = o.workspace_id and i.batch_id = o.id;
      delete from provenance p using old_rows o
        where p.workspace_id = o.workspace_id and p.batch_id = o.id;
      return null;
    end $$`.execute(db);
  await sql`
    create function partnerscope_batch_key_fixed() returns trigger language plpgsql as $$
    begin
      if exists (select 1 from import_batch_items i where i.workspace_id = old.workspace_id and i.batch_id = old.id)
        or exists (select 1 from provenance p where p.workspace_id = old.workspace_id and p.batch_id = old.id) then
        raise exception using
          errcode = 'foreign_key_violation',
          message = format('import batch %s is still named by its items or provenance', old.id);
      end if;
      return new;
    end $$`.execute(db);
  for (const [table, key] of LOGS) {
    await sql`alter table ${sql.table(table)} drop constraint ${sql.ref(key)}`.execute(db);
    for (const event of ["insert", "update"])
      await sql`
        create trigger ${sql.ref(`${table}_batch_${event}_check`)}
        after ${sql.raw(event)} on ${sql.table(table)}
        referencing new table as new_rows
        for each statement execute function partnerscope_batch_log_check()`.execute(db);
  }
  await sql`
    create trigger import_batches_log_cascade after delete on import_batches
    referencing old table as old_rows
    for each statement execute function partnerscope_batch_log_cascade()`.execute(db);
  await sql`
    create trigger import_batches_key_fixed before update of workspace_id, id on import_batches
    for each row when (old.workspace_id <> new.workspace_id or old.id <> new.id)
    execute function partnerscope_batch_key_fixed()`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  if (!isPostgres(db)) return;
  await sql`drop trigger import_batches_key_fixed on import_batches`.execute(db);
  await sql`drop trigger import_batches_log_cascade on import_batches`.execute(db);
  for (const [table, key] of LOGS) {
    for (const event of ["insert", "update"])
      await sql`drop trigger ${sql.ref(`${table}_batch_${event}_check`)} on ${sql.table(table)}`.execute(
        db,
      );
    await sql`
      alter table ${sql.table(table)} add constraint ${sql.ref(key)}
      foreign key (workspace_id, batch_id) references import_batches (workspace_id, id)
      on delete cascade`.execute(db);
  }
  await sql`drop function partnerscope_batch_key_fixed()`.execute(db);
  await sql`drop function partnerscope_batch_log_cascade()`.execute(db);
  await sql`drop function partnerscope_batch_log_check()`.execute(db);
}
