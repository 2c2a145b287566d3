import { createReadStream, rmSync } from "node:fs";
import { join } from "node:path";
import {
  contextOf,
  jobGet,
  jobQueueStop,
  type ServiceContext,
  workspaceAdd,
} from "../../src/services/index.ts";
import type { importJobStart } from "../../src/services/jobs/import-job.ts";
import type { ImportJobInput } from "../../src/services/jobs/import-kind.ts";
import { uploadStore } from "../../src/services/jobs/import-upload.ts";
import { openStore, type Store, userCreate } from "../../src/store/index.ts";
import { POSTGRES_URL } from "./dialects.ts";
import { postgresReset } from "./job-queue-kit.ts";

// What the import-job suites share: fixtures, dialects, a store with a user and two workspaces,
// and ways to read what a workspace and the uploads table hold.

/** Opens the store at `url` again (a restart): a data folder for SQLite, a URL for PostgreSQL. */
export function reopen(url: string): Promise<Store> {
  return url.startsWith("sqlite:")
    ? openStore({ dataDir: url.slice(7) })
    : openStore({ databaseUrl: url });
}

export const GRANTS = new URL("../fixtures/360giving/grantnav-test-data/", import.meta.url)
  .pathname;
/** 870 valid grants in 1,476,606 bytes: two pieces of the stored upload. */
export const POWER = join(GRANTS, "a002400000nO46WAAS.json");
/** 4,116 grants, three kinds of invalid record (see the fixtures' README). */
export const LLOYDS = join(GRANTS, "a002400000OiDBQAA3.json");
/** Five valid grants (Esmée Fairbairn Foundation). */
export const SMALL = join(GRANTS, "grantnav-20180903134856.json");
/** The import routes' limit. */
export const LIMIT = 500 * 1024 * 1024;

/** SQLite in a data folder under `dir` (so it can be closed and opened again), and PostgreSQL when configured. */
export function dialectsIn(dir: string) {
  return [
    {
      name: "sqlite",
      url: `sqlite:${join(dir, "data")}`,
      reset: async () => rmSync(join(dir, "data"), { recursive: true, force: true }),
    },
    ...(POSTGRES_URL
      ? [
          {
            name: "postgres",
            url: POSTGRES_URL,
            reset: () => postgresReset(POSTGRES_URL as string),
          },
        ]
      : []),
  ];
}

/** The options of an import job: valid grants imported, named power.json; `over` changes some. */
export const request = (over: Partial<Parameters<typeof importJobStart>[2]> = {}) => ({
  kind: "360giving" as const,
  filename: "power.json",
  dryRun: false,
  onInvalid: "import-valid" as const,
  mapping: null,
  ...over,
});

/** Reads a job until it is in one of `states` (or `ms` pass). */
export async function untilState(ctx: ServiceContext, id: string, states: string[], ms = 60_000) {
  const until = Date.now() + ms;
  for (;;) {
    const job = await jobGet(ctx, id);
    if (states.includes(job.status) || Date.now() > until) return job;
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Opens the store with a user, Ivy, acting, and two empty workspaces: sync-ws and job-ws. */
export async function open(url: string): Promise<{ store: Store; ctx: ServiceContext }> {
  const store = await reopen(url);
  await userCreate(store.db, {
    id: "u-ivy",
    email: "ivy@example.org",
    email_key: "ivy@example.org",
    name: "Ivy Importer",
    password_hash: null,
    oidc_issuer: null,
    oidc_subject: null,
    created_at: "2026-01-01T00:00:00.000Z",
  });
  const actor = {
    kind: "user" as const,
    userId: "u-ivy",
    email: "ivy@example.org",
    sessionHash: "h",
  };
  const ctx = contextOf(
    store,
    () => new Date(),
    () => actor,
  );
  for (const slug of ["sync-ws", "job-ws"]) await workspaceAdd(ctx, { slug, name: slug });
  return { store, ctx };
}

/** What a workspace holds: organisation and grant (contract) ids, and its import batches. */
export async function contents(store: Store, slug: string) {
  const ws = await store.db
    .selectFrom("workspaces")
    .select("id")
    .where("slug", "=", slug)
    .executeTakeFirstOrThrow();
  const ids = (table: "organisations" | "contracts") =>
    store.db
      .selectFrom(table)
      .select("id")
      .where("workspace_id", "=", ws.id)
      .orderBy("id")
      .execute()
      .then((rows) => rows.map((r) => r.id));
  const batches = await store.db
    .selectFrom("import_batches")
    .select("id")
    .where("workspace_id", "=", ws.id)
    .execute();
  return { organisations: await ids("organisations"), contracts: await ids("contracts"), batches };
}

/** How many pieces of uploads the database holds. */
export const storedPieces = async (store: Store) =>
  Number(
    (
      await store.db
        .selectFrom("job_files")
        .select((eb) => eb.fn.countAll().as("n"))
        .executeTakeFirstOrThrow()
    ).n,
  );

/** Stops the queue of the store, then closes it. */
export async function closeAll(store: Store) {
  await jobQueueStop(store);
  await store.close();
}

/** An import job as a process that died mid-job leaves it: running, its upload stored. */
export async function orphanInsert(
  store: Store,
  ctx: ServiceContext,
  id: string,
  attempts: number,
  heartbeat: string,
  file: string,
): Promise<ImportJobInput> {
  const ws = await store.db
    .selectFrom("workspaces")
    .select("id")
    .where("slug", "=", "job-ws")
    .executeTakeFirstOrThrow();
  const upload = await uploadStore(ctx, id, createReadStream(file), LIMIT);
  const input: ImportJobInput = {
    workspace: "job-ws",
    ...request(),
    upload,
    actor: { kind: "user", userId: "u-ivy", email: null },
  };
  await store.db
    .insertInto("jobs")
    .values({
      id,
      workspace_id: ws.id,
      kind: "import",
      owner: "u-ivy",
      state: "running",
      message: "Running",
      input: JSON.stringify(input),
      attempts,
      max_attempts: 3,
      worker: "dead-host:4242:00000000",
      created_at: "2026-01-01T00:00:00.000Z",
      started_at: "2026-01-01T00:00:00.000Z",
      heartbeat_at: heartbeat,
    })
    .execute();
  return input;
}
