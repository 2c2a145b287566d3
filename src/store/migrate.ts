import { type Kysely, type Migration, type MigrationProvider, Migrator } from "kysely";
import * as initial from "./migrations/2026-11-29T0500-initial.ts";
import * as revision from "./migrations/2026-11-29T0600-workspace-revision.ts";
import * as appraisals from "./migrations/2026-11-29T0700-appraisals.ts";
import * as importBatches from "./migrations/2026-11-29T0800-import-batches.ts";
import * as supplyChains from "./migrations/2026-11-29T0900-supply-chains.ts";
import * as foreignKeyIndexes from "./migrations/2026-11-29T1000-foreign-key-indexes.ts";
import * as batchLogChecks from "./migrations/2026-11-29T1100-batch-log-checks.ts";
import * as people from "./migrations/2026-12-06T0100-people.ts";
import * as valueMaps from "./migrations/2026-12-06T0300-value-maps.ts";
import * as outcomes from "./migrations/2026-12-06T0400-outcomes.ts";
import * as health from "./migrations/2026-12-06T0500-health.ts";
import * as naturalNames from "./migrations/2026-12-06T0600-natural-names.ts";
import * as forms from "./migrations/2026-12-06T0700-forms.ts";
import * as codebook from "./migrations/2026-12-06T0800-codebook.ts";
import * as coproduction from "./migrations/2026-12-06T0900-coproduction.ts";
import * as proxies from "./migrations/2026-12-06T0910-proxies.ts";
import * as jobs from "./migrations/2026-12-06T1000-jobs.ts";
import * as simulatedFlag from "./migrations/2026-12-06T1100-simulated-flag.ts";
import * as formIndexes from "./migrations/2026-12-06T1200-form-indexes.ts";
import * as formSpeed from "./migrations/2026-12-07T0100-form-speed.ts";
import * as importJobs from "./migrations/2026-12-07T0200-import-jobs.ts";
import * as measureIndexes from "./migrations/2026-12-07T0300-measure-indexes.ts";

/** Every migration, by timestamped name; add new ones here in order. */
const MIGRATIONS: Record<string, Migration> = {
  "2026-11-29T0500-initial": initial,
  "2026-11-29T0600-workspace-revision": revision,
  "2026-11-29T0700-appraisals": appraisals,
  "2026-11-29T0800-import-batches": importBatches,
  "2026-11-29T0900-supply-chains": supplyChains,
  "2026-11-29T1000-foreign-key-indexes": foreignKeyIndexes,
  "2026-11-29T1100-batch-log-checks": batchLogChecks,
  "2026-12-06T0100-people": people,
  "2026-12-06T0300-value-maps": valueMaps,
  "2026-12-06T0400-outcomes": outcomes,
  "2026-12-06T0500-health": health,
  "2026-12-06T0600-natural-names": naturalNames,
  "2026-12-06T0700-forms": forms,
  "2026-12-06T0800-codebook": codebook,
  "2026-12-06T0900-coproduction": coproduction,
  "2026-12-06T1000-jobs": jobs,
  "2026-12-06T1100-simulated-flag": simulatedFlag,
  "2026-12-06T0910-proxies": proxies,
  "2026-12-06T1200-form-indexes": formIndexes,
  "2026-12-07T0100-form-speed": formSpeed,
  "2026-12-07T0200-import-jobs": importJobs,
  "2026-12-07T0300-measure-indexes": measureIndexes,
};

const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS };

/** Brings the database up to the latest migration; returns the names applied now. */
export async function migrateToLatest(db: Kysely<any>): Promise<string[]> {
  const migrator = new Migrator({ db, provider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName);
}
