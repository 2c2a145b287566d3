import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { sql } from "kysely";
import pg from "pg";
import { TEST_EFFECT_TABLE } from "../../src/services/jobs/test-effect-kind.ts";
import type { Store } from "../../src/store/index.ts";

/** Empties a PostgreSQL test database: our tables and pg-boss's schema (its queued deliveries). */
export async function postgresReset(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(
      "drop schema if exists pgboss cascade; drop schema if exists public cascade; create schema public;",
    );
  } finally {
    await client.end();
  }
}

/** Creates the table the test-only 'test-effect' job kind writes one row to per finished job. */
export async function effectsCreate(store: Store): Promise<void> {
  await sql`create table if not exists ${sql.table(TEST_EFFECT_TABLE)} (job_id text not null, worker text not null)`.execute(
    store.db,
  );
}

/** Jobs done, jobs in any other state, effect rows and distinct jobs with an effect (of `worker`). */
export async function queueCounts(store: Store, worker?: string) {
  const { rows } = await sql<{
    done: string;
    other: string;
    effects: string;
    distinct_effects: string;
  }>`
    select (select count(*) from jobs where state = 'done') as done,
           (select count(*) from jobs where state <> 'done') as other,
           (select count(*) from ${sql.table(TEST_EFFECT_TABLE)} where ${worker ?? null}::text is null or worker = ${worker ?? null}) as effects,
           (select count(distinct job_id) from ${sql.table(TEST_EFFECT_TABLE)}) as distinct_effects`.execute(
    store.db,
  );
  const row = rows[0]!;
  return {
    done: Number(row.done),
    other: Number(row.other),
    effects: Number(row.effects),
    distinctEffects: Number(row.distinct_effects),
  };
}

/** A `partnerscope worker` child process and its worker name (host:pid:random). */
export interface WorkerChild {
  worker: string;
  stop: (signal: NodeJS.Signals) => Promise<void>;
}

const CLI = fileURLToPath(new URL("../../src/cli/main.ts", import.meta.url));

/**
 * Starts `partnerscope worker --concurrency K` on `url` with the test-only job kind and a short
 * lease (2 s) and poll (0.5 s), resolving once it has printed its name.
 */
export function workerStart(url: string, concurrency: number): Promise<WorkerChild> {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", CLI, "worker", "--concurrency", String(concurrency)],
    {
      env: {
        ...process.env,
        PARTNERSCOPE_DATABASE_URL: url,
        PARTNERSCOPE_TEST_JOB_KINDS: "1",
        PARTNERSCOPE_JOB_LEASE_SECONDS: "2",
        PARTNERSCOPE_JOB_POLL_SECONDS: "0.5",
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
  };
  return new Promise((resolve, reject) => {
    let out = "";
    let err = "";
    child.stderr.on("data", (chunk) => {
      err += chunk;
    });
    child.stdout.on("data", (chunk) => {
      out += chunk;
      const match = /partnerscope worker (\S+):/.exec(out);
      if (match) resolve({ worker: match[1]!, stop });
    });
    child.once("exit", (code) =>
      reject(new Error(`the worker exited (${code}) before starting: ${err}`)),
    );
  });
}
