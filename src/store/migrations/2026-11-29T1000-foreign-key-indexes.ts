import { type Kysely, sql } from "kysely";

/**
 * An index on every foreign key that had none (child columns referencing organisations,
 * partnerships, contracts and supply-chain models). Deleting or replacing a parent checks its
 * children by these columns: without an index each check read every child row of the workspace —
 * on PostgreSQL, dead rows included — so clearing a workspace of a million grants had not finished after minutes.
 * A nullable column is indexed only where it is set (a check always looks for a value), so the
 * grants of a 360Giving import, none of them in a partnership, add nothing to `contracts_partnership_idx`.
 */
const INDEXES: [name: string, table: string, column: string, nullable: boolean][] = [
  ["contract_providers_organisation_idx", "contract_providers", "organisation_id", false],
  ["contracts_commissioner_idx", "contracts", "commissioner_id", true],
  ["contracts_partnership_idx", "contracts", "partnership_id", true],
  ["partnerships_commissioner_idx", "partnerships", "commissioner_id", true],
  ["events_partnership_idx", "events", "partnership_id", true],
  ["evidence_partnership_idx", "evidence", "partnership_id", true],
  ["evidence_organisation_idx", "evidence", "organisation_id", true],
  ["appraisals_partnership_idx", "appraisals", "partnership_id", true],
  ["pbr_models_partnership_idx", "pbr_models", "partnership_id", true],
  ["pbr_models_contract_idx", "pbr_models", "contract_id", true],
  ["merlin_responses_model_idx", "merlin_responses", "supply_chain_id", false],
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const [name, table, column, nullable] of INDEXES) {
    const index = db.schema.createIndex(name).on(table).columns(["workspace_id", column]);
    await (nullable ? index.where(sql.ref(column), "is not", null) : index).execute();
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const [name] of INDEXES) await db.schema.dropIndex(name).execute();
}
