import { Worker } from "node:worker_threads";
import { DomainError } from "../errors.ts";
import { workerBootstrap, workerModuleUrl } from "../worker-bootstrap.ts";
import type { AlreadyValid, KnownIds, PreparedChunk } from "./chunk-prepare.ts";
import type { PrepareFailure, PrepareRequest, PrepareStart } from "./prepare-worker.ts";

// Built JavaScript loads the worker directly; TypeScript source through tsx (see worker-bootstrap.ts).
const BOOTSTRAP = workerBootstrap(workerModuleUrl("prepare-worker", import.meta.url));

/** Chunks the worker may prepare ahead of the one being written: enough to keep both threads busy. */
const AHEAD = 3;

/**
 * Files from this size on (bytes) are prepared in a worker thread; smaller ones in the importing
 * thread, where a worker's start (a few hundred milliseconds from TypeScript source) would cost
 * more than it saves.
 */
export const WORKER_MIN_BYTES = 4_000_000;

let workerMinBytes = WORKER_MIN_BYTES;

/**
 * Sets the size from which a worker prepares the chunks (0: always); returns the previous one.
 * @example const before = workerMinBytesSet(0); try { … } finally { workerMinBytesSet(before); }
 */
export function workerMinBytesSet(bytes: number): number {
  const before = workerMinBytes;
  workerMinBytes = bytes;
  return before;
}

/** Whether a file of `bytes` is prepared in a worker thread. */
export const preparesInWorker = (bytes: number) => bytes >= workerMinBytes;

/** A prepared chunk as the worker sends it: JSON text, `sameAsBefore` as a list. */
type Sent = Omit<PreparedChunk, "sameAsBefore"> & { sameAsBefore: string[] };

type Answer = { chunk: string } | { done: true } | { error: PrepareFailure };

/**
 * Starts the worker that will run pass 2's mapping and validation of a 360Giving or OCDS file. It is
 * started before pass 1, so that loading its modules overlaps reading the file; `prepared`
 * sends it the go once pass 1 is over, and `close` stops it (in any state).
 * @example const thread = startPrepareThread(); …; for await (const c of thread.prepared(start, isSame)) …; thread.close();
 */
export function startPrepareThread() {
  const worker = new Worker(BOOTSTRAP, { eval: true });
  const answers: (Answer | { crash: Error })[] = [];
  let notify: (() => void) | null = null;
  const push = (answer: Answer | { crash: Error }) => {
    answers.push(answer);
    notify?.();
    notify = null;
  };
  worker.on("message", (answer: Answer) => push(answer));
  worker.on("error", (error) => push({ crash: error }));
  worker.on("exit", (code) => push({ crash: new Error(`the import's worker stopped (${code})`) }));
  const next = async () => {
    while (answers.length === 0) await new Promise<void>((resolve) => (notify = resolve));
    return answers.shift()!;
  };
  const send = (request: PrepareRequest) => worker.postMessage(request);
  return {
    /**
     * The prepared chunks in file order. `sameAsBefore` comes back as the organisations the
     * worker saw in this form before; of those, only the ones `alreadyValid` (the ledger) still
     * finds the same are left in it, exactly as when preparing in this thread.
     */
    async *prepared(
      start: PrepareStart,
      alreadyValid: AlreadyValid = () => false,
    ): AsyncGenerator<PreparedChunk> {
      send({ start, credit: AHEAD });
      for (;;) {
        const answer = await next();
        if ("done" in answer) return;
        if ("crash" in answer) throw answer.crash;
        if ("error" in answer) {
          const { message, code, problems } = answer.error;
          throw code ? new DomainError(code, message, problems) : new Error(message);
        }
        send({ credit: 1 });
        const chunk = JSON.parse(answer.chunk) as Sent;
        const seen = new Set(chunk.sameAsBefore);
        const same = chunk.valid.organisations.filter((o) => seen.has(o.id) && alreadyValid(o));
        yield { ...chunk, sameAsBefore: new Set(same.map((o) => o.id)) };
      }
    },
    /** Stops the worker (its spill connection closes with it). */
    close(): void {
      void worker.terminate();
    },
  };
}

/** What the worker is told: the spill, the aliases and ids known outside the file. */
export function prepareStartOf(
  spillFile: string,
  source: { sourceFile: string; workspaceName: string; validOnly: boolean },
  pass: { publisher: string | null } | { validator: { releaseSchema: Record<string, unknown> } },
  aliases: ReadonlyMap<string, string>,
  known: KnownIds,
): PrepareStart {
  const ocds = "validator" in pass;
  return {
    kind: ocds ? "ocds" : "360giving",
    spillFile,
    sourceFile: source.sourceFile,
    workspaceName: source.workspaceName,
    validOnly: source.validOnly,
    publisher: ocds ? null : pass.publisher,
    releaseSchema: ocds ? pass.validator.releaseSchema : null,
    aliases: [...aliases],
    known: { organisations: [...known.organisations], partnerships: [...known.partnerships] },
  };
}
