import { afterEach, describe, expect, it, vi } from "vitest";
import { cliCaptured } from "../../../test/factories/cli.ts";
import { serverJobOptions } from "../job-settings.ts";

afterEach(() => vi.unstubAllEnvs());

describe("partnerscope worker", () => {
  it("refuses SQLite, saying that the server runs jobs there", async () => {
    vi.stubEnv("PARTNERSCOPE_DATABASE_URL", "");
    const result = await cliCaptured("worker");
    expect(result.code).toBe(2);
    expect(result.err).toContain("partnerscope worker needs PostgreSQL");
    expect(result.err).toContain("on SQLite the server runs jobs itself");
  });

  it("refuses a concurrency that is not a whole number from 1 to 64, naming the flag", async () => {
    const result = await cliCaptured("worker", "--concurrency", "0");
    expect(result.code).toBe(2);
    expect(result.err).toContain("--concurrency must be a whole number from 1 to 64 (got '0')");
  });

  it("refuses a lease that is not a number of seconds, naming the variable", async () => {
    vi.stubEnv("PARTNERSCOPE_JOB_LEASE_SECONDS", "soon");
    const result = await cliCaptured("worker");
    expect(result.code).toBe(2);
    expect(result.err).toContain("PARTNERSCOPE_JOB_LEASE_SECONDS must be a number of seconds");
  });
});

describe("the server's part in the job queue", () => {
  it("runs jobs unless told not to on PostgreSQL; on SQLite it always does", () => {
    vi.stubEnv("PARTNERSCOPE_SERVER_RUNS_JOBS", "false");
    vi.stubEnv("PARTNERSCOPE_JOB_CONCURRENCY", "3");
    expect(serverJobOptions(true)).toEqual({
      work: false,
      concurrency: 3,
      leaseMs: 60_000,
      pollingSeconds: 1,
    });
    expect(serverJobOptions(false).work).toBe(true);
    vi.stubEnv("PARTNERSCOPE_SERVER_RUNS_JOBS", "no");
    expect(() => serverJobOptions(true)).toThrow(
      "PARTNERSCOPE_SERVER_RUNS_JOBS must be true or false (got 'no')",
    );
  });
});
