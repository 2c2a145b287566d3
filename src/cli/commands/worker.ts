import { contextOpen, jobQueueStart, jobQueueStop } from "../../services/index.ts";
import { TEST_JOB_KINDS_ENV, testEffectKind } from "../../services/jobs/test-effect-kind.ts";
import { type CliCommand, UsageError } from "../command.ts";
import { configFromEnv } from "../config.ts";
import { secondsFromEnv } from "../job-settings.ts";
import { integerFlag } from "../number-options.ts";

/** `partnerscope worker`: runs queued jobs from the PostgreSQL database until stopped. */
export const workerCommand: CliCommand = {
  name: "worker",
  summary: "Run queued jobs (simulations, Monte Carlo) from the PostgreSQL database",
  usage: [
    "worker [--concurrency K]",
    "",
    "Pulls jobs from the database in PARTNERSCOPE_DATABASE_URL (PostgreSQL; pg-boss) and runs up to K",
    "(default 2) at once, until SIGINT or SIGTERM. Start as many workers, on as many machines, as you",
    "like. A job whose worker stops is run again by another after PARTNERSCOPE_JOB_LEASE_SECONDS",
    "(default 60) without a heartbeat, up to 3 attempts. PARTNERSCOPE_JOB_POLL_SECONDS (default 1)",
    "sets how often an idle worker asks for work. On SQLite the server runs jobs itself.",
  ].join("\n"),
  options: { concurrency: { type: "string" } },
  async run(args, io) {
    const concurrency = integerFlag(args.values.concurrency, "concurrency", 2, 1, 64);
    const leaseMs = secondsFromEnv("PARTNERSCOPE_JOB_LEASE_SECONDS", 60, 1) * 1000;
    const pollingSeconds = secondsFromEnv("PARTNERSCOPE_JOB_POLL_SECONDS", 1, 0.5);
    const config = configFromEnv();
    if (!config.databaseUrl || !/^postgres(ql)?:\/\//.test(config.databaseUrl))
      throw new UsageError(
        "partnerscope worker needs PostgreSQL: set PARTNERSCOPE_DATABASE_URL=postgres://… (on SQLite the server runs jobs itself)",
      );
    const ctx = await contextOpen({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
    // Test-only kinds, behind an explicit switch: the kill-a-worker test and the queue bench.
    const testKinds = process.env[TEST_JOB_KINDS_ENV] === "1";
    if (testKinds) io.err(`${TEST_JOB_KINDS_ENV}=1: the test-only job kind 'test-effect' is on`);
    const queue = await jobQueueStart(ctx, {
      concurrency,
      leaseMs,
      pollingSeconds,
      extraKinds: testKinds ? [testEffectKind] : [],
    });
    io.out(
      `partnerscope worker ${queue.settings.worker}: up to ${concurrency} jobs at once from ${ctx.description}`,
    );
    await new Promise<void>((resolve) => {
      process.once("SIGINT", () => resolve());
      process.once("SIGTERM", () => resolve());
    });
    io.out("Stopping: jobs still running go back to the queue for the next worker.");
    await jobQueueStop(ctx.store);
    await ctx.close();
    return 0;
  },
};
