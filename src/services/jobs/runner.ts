import { type JobProgressRow, jobBeat, jobClaim, jobFind, jobFinish } from "../../store/index.ts";
import type { ServiceContext } from "../context.ts";
import type { JobKind } from "./kinds.ts";

/** How a process runs jobs: its name, the kinds it knows, and the lease of a heartbeat. */
export interface RunnerSettings {
  /** This process, as recorded on the jobs it runs (host:pid:random). */
  worker: string;
  kinds: ReadonlyMap<string, JobKind>;
  /** A running job whose heartbeat is older than this is taken to have lost its worker. */
  leaseMs: number;
  /** Least time between two progress writes of one job (also its heartbeat and cancel check). */
  beatMs: number;
}

/** Thrown inside the finishing transaction when the job is no longer this attempt's: rolls back. */
class NotOurs extends Error {}

const iso = (ctx: ServiceContext, offsetMs = 0) =>
  new Date(ctx.now().getTime() + offsetMs).toISOString();

/**
 * Claims job `id` and runs it: progress (throttled) doubles as heartbeat and cancel check; the
 * result and the kind's effect are written in one transaction fenced by the attempt number, so a
 * job taken over by another worker, or cancelled, records nothing from this attempt.
 */
export async function jobRunDelivery(
  ctx: ServiceContext,
  id: string,
  settings: RunnerSettings,
  running: Map<string, AbortController>,
): Promise<void> {
  const db = ctx.store.db;
  const found = await jobFind(db, id);
  if (!found || (found.state !== "queued" && found.state !== "running")) return;
  const attempt = await jobClaim(db, id, settings.worker, iso(ctx), iso(ctx, -settings.leaseMs));
  if (attempt === null) return;
  const kind = settings.kinds.get(found.kind);
  if (!kind) {
    const error = `No worker here runs jobs of kind '${found.kind}' (${settings.worker})`;
    await jobFinish(db, id, attempt, iso(ctx), { state: "failed", error, message: "Failed" });
    return;
  }
  const controller = new AbortController();
  running.set(id, controller);
  let latest: JobProgressRow | null = null;
  const beat = async () => {
    const progress = latest;
    latest = null;
    if (!(await jobBeat(db, id, attempt, iso(ctx), progress))) controller.abort();
  };
  const timer = setInterval(() => void beat().catch(() => {}), settings.beatMs);
  try {
    const result = await kind.run(
      ctx,
      JSON.parse(found.input),
      (fraction, message, counts) => {
        latest = { done: counts?.done ?? fraction, total: counts?.total ?? 1, message };
      },
      controller.signal,
    );
    clearInterval(timer);
    if (controller.signal.aborted) return;
    await db.transaction().execute(async (trx) => {
      const outcome = { state: "done", result: JSON.stringify(result ?? null), message: "Done" };
      if (!(await jobFinish(trx, id, attempt, iso(ctx), outcome as never))) throw new NotOurs();
      await kind.persist?.(trx, id, result, settings.worker);
    });
  } catch (error) {
    if (error instanceof NotOurs || controller.signal.aborted) return;
    const message = error instanceof Error ? error.message : String(error);
    await jobFinish(db, id, attempt, iso(ctx), {
      state: "failed",
      error: message,
      message: "Failed",
    });
  } finally {
    clearInterval(timer);
    running.delete(id);
  }
}
