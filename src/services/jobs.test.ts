import { describe, expect, it } from "vitest";
import { OPERATOR, type ServiceContext } from "./context.ts";
import { DomainError } from "./errors.ts";
import { JOB_TTL_MS, jobGet, jobStart } from "./jobs.ts";

function clockContext(): { ctx: ServiceContext; advance: (ms: number) => void } {
  let now = Date.parse("2026-01-01T00:00:00Z");
  const ctx = { store: null as never, now: () => new Date(now), actor: () => OPERATOR };
  return { ctx, advance: (ms) => (now += ms) };
}

describe("jobs", () => {
  it("reports progress, then the result", async () => {
    const { ctx } = clockContext();
    let release: (value: number) => void = () => {};
    const job = jobStart(ctx, "test", (progress) => {
      progress(0.25, "a quarter");
      return new Promise<number>((resolve) => {
        release = resolve;
      });
    });
    expect(jobGet(ctx, job.id)).toMatchObject({
      status: "running",
      progress: 0.25,
      message: "a quarter",
    });
    release(42);
    await new Promise((r) => setImmediate(r));
    expect(jobGet(ctx, job.id)).toMatchObject({ status: "done", progress: 1, result: 42 });
  });

  it("keeps the error of a failed job", async () => {
    const { ctx } = clockContext();
    const job = jobStart(ctx, "test", async () => {
      throw new Error("boom");
    });
    await new Promise((r) => setImmediate(r));
    expect(jobGet(ctx, job.id)).toMatchObject({ status: "failed", error: "boom" });
  });

  it("forgets jobs after an hour", () => {
    const { ctx, advance } = clockContext();
    const job = jobStart(ctx, "test", async () => 1);
    advance(JOB_TTL_MS - 1);
    expect(jobGet(ctx, job.id).id).toBe(job.id);
    advance(2);
    expect(() => jobGet(ctx, job.id)).toThrow(DomainError);
  });
});
