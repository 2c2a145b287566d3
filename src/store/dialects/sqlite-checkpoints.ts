import { once } from "node:events";
import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";

/** The worker: its own connection to the file, one PASSIVE checkpoint per request. */
const SCRIPT = `
const { parentPort, workerData } = require("node:worker_threads");
const SQLite = require(workerData.module);
const db = new SQLite(workerData.path, { timeout: 1000 });
parentPort.on("message", (message) => {
  if (message === "close") {
    db.close();
    parentPort.close();
    return;
  }
  let result = null;
  try {
    result = db.pragma("wal_checkpoint(PASSIVE)")[0];
  } catch {
    // Busy or locked: the next request tries again.
  }
  parentPort.postMessage(result);
});`;

/** What a checkpoint did: WAL frames in the log, and how many of them are now in the database. */
export interface CheckpointResult {
  busy: number;
  log: number;
  checkpointed: number;
}

/**
 * Copies an SQLite file's write-ahead log into the database from a worker thread. SQLite's own
 * automatic checkpoint runs inside the COMMIT that crosses its threshold, on the committing
 * connection: after a large import that copied the whole log (hundreds of MB) while the event
 * loop waited — half a second and more. The caller turns that off (`wal_autocheckpoint = 0`) and
 * calls `request` after writes; requests made while one runs are coalesced into one more.
 * @example const checkpoints = createCheckpointer("data/partnerscope.db"); checkpoints.request();
 */
export function createCheckpointer(path: string) {
  const module = createRequire(import.meta.url).resolve("better-sqlite3");
  const worker = new Worker(SCRIPT, { eval: true, workerData: { path, module } });
  // A checkpoint in flight must not keep the process alive.
  worker.unref();
  type Waiter = (result: CheckpointResult | null) => void;
  // Who waits for the checkpoint under way (null: none is), and who for the one after it.
  let current: Waiter[] | null = null;
  let next: Waiter[] = [];
  worker.on("message", (result: CheckpointResult | null) => {
    for (const resolve of current ?? []) resolve(result);
    current = null;
    if (next.length > 0) {
      current = next;
      next = [];
      worker.postMessage("checkpoint");
    }
  });
  return {
    /** Asks for a checkpoint; resolves when one that started after this call is done. */
    request(): Promise<CheckpointResult | null> {
      return new Promise((resolve) => {
        if (current) next.push(resolve);
        else {
          current = [resolve];
          worker.postMessage("checkpoint");
        }
      });
    },
    /** Closes the worker's connection and ends the thread. */
    async close(): Promise<void> {
      // Held while it closes: an unref'd worker awaited by a top-level await let the CLI exit
      // with code 13 before the connection closed.
      worker.ref();
      const exited = once(worker, "exit");
      worker.postMessage("close");
      await exited;
    },
  };
}

/** A checkpointer of one file. */
export type Checkpointer = ReturnType<typeof createCheckpointer>;
