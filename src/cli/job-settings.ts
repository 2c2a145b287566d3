import { UsageError } from "./command.ts";

/** Seconds from an environment variable, or `fallback`; refuses anything but a number ≥ `min`. */
export function secondsFromEnv(name: string, fallback: number, min: number): number {
  const text = process.env[name];
  if (text === undefined || text === "") return fallback;
  const n = Number(text);
  if (!Number.isFinite(n) || n < min)
    throw new UsageError(`${name} must be a number of seconds ≥ ${min} (got '${text}')`);
  return n;
}

/**
 * How the server takes part in the job queue (decision 0021): it runs jobs itself unless
 * PARTNERSCOPE_SERVER_RUNS_JOBS=false (PostgreSQL with separate `partnerscope worker`s; on SQLite
 * the server is the only runner, so it always runs them), PARTNERSCOPE_JOB_CONCURRENCY at once.
 */
export function serverJobOptions(postgres: boolean) {
  const runs = process.env.PARTNERSCOPE_SERVER_RUNS_JOBS;
  if (runs !== undefined && runs !== "true" && runs !== "false")
    throw new UsageError(`PARTNERSCOPE_SERVER_RUNS_JOBS must be true or false (got '${runs}')`);
  const concurrency = process.env.PARTNERSCOPE_JOB_CONCURRENCY ?? "2";
  if (!/^[1-9][0-9]?$/.test(concurrency))
    throw new UsageError(
      `PARTNERSCOPE_JOB_CONCURRENCY must be a whole number from 1 to 99 (got '${concurrency}')`,
    );
  return {
    work: !postgres || runs !== "false",
    concurrency: Number(concurrency),
    leaseMs: secondsFromEnv("PARTNERSCOPE_JOB_LEASE_SECONDS", 60, 1) * 1000,
    pollingSeconds: secondsFromEnv("PARTNERSCOPE_JOB_POLL_SECONDS", 1, 0.5),
  };
}
