/**
 * Worker thread for pass 2 of a 360Giving or OCDS import (started by prepare-thread.ts): reads
 * the sealed spill back, maps the records chunk by chunk (OCDS: each ocid compiled first) and
 * validates each chunk as exchange data, and posts the prepared chunks to the main thread, which
 * only plans and writes them. It runs at most as many chunks ahead as the main thread has granted
 * (credit), so memory stays flat.
 */
import { parentPort } from "node:worker_threads";
import type { Organisation } from "../../shared/index.ts";
import { DomainError } from "../errors.ts";
import { preparedChunksOf } from "./chunk-prepare.ts";
import { givingChunksOf, ocdsChunksOf } from "./import-chunks.ts";
import { openSpillReader } from "./import-spill.ts";
import { loadOrgIdRegister } from "./schema-files.ts";
import { sha1Of } from "./stable-json.ts";

/** What the main thread sends once pass 1 is over. */
export interface PrepareStart {
  kind: "360giving" | "ocds";
  spillFile: string;
  validOnly: boolean;
  sourceFile: string;
  workspaceName: string;
  /** 360Giving: the package's publisher. */
  publisher: string | null;
  /** OCDS: the release schema with the file's extensions (its merge rules). */
  releaseSchema: Record<string, unknown> | null;
  aliases: [string, string][];
  known: { organisations: string[]; partnerships: string[] };
}

/** Messages to the worker: the start (once), and credit for more chunks. */
export interface PrepareRequest {
  start?: PrepareStart;
  credit?: number;
}

/** A prepared chunk's failure, as it crosses the thread boundary. */
export interface PrepareFailure {
  message: string;
  /** A domain error's code (rebuilt as one on the other side), or null for any other error. */
  code: DomainError["code"] | null;
  problems: DomainError["problems"];
}

const port = parentPort!;
let credit = 0;
let wake: (() => void) | null = null;

/** Waits until the main thread allows one more chunk, and takes it. */
async function allowance(): Promise<void> {
  while (credit <= 0) await new Promise<void>((resolve) => (wake = resolve));
  credit--;
}

/**
 * "Validated before in exactly this form": a chunk's organisation identical (same JSON: the
 * mapping fixes key order) to one an earlier chunk validated is not validated again.
 */
function validatedBefore() {
  const hashes = new Map<string, string>();
  let pending: [string, string][] = [];
  return {
    test: (o: Organisation) => {
      const hash = sha1Of(JSON.stringify(o));
      if (hashes.get(o.id) === hash) return true;
      pending.push([o.id, hash]);
      return false;
    },
    /** The chunk passed validation: its organisations count as validated from now on. */
    commit: () => {
      for (const [id, hash] of pending) hashes.set(id, hash);
      pending = [];
    },
  };
}

async function run(start: PrepareStart): Promise<void> {
  let spill: ReturnType<typeof openSpillReader> | null = null;
  try {
    spill = openSpillReader(start.spillFile);
    const register = await loadOrgIdRegister();
    const source = { ...start, register };
    const aliases = new Map(start.aliases);
    const known = {
      organisations: new Set(start.known.organisations),
      partnerships: new Set(start.known.partnerships),
    };
    const before = validatedBefore();
    const chunks =
      start.kind === "ocds"
        ? ocdsChunksOf(spill, source, { releaseSchema: start.releaseSchema ?? {} })
        : givingChunksOf(spill, source, start.publisher);
    for await (const prepared of preparedChunksOf(chunks, aliases, known, before.test)) {
      before.commit();
      await allowance();
      // As JSON text: parsing it is cheaper for the writing thread than a structured clone.
      const sameAsBefore = [...prepared.sameAsBefore];
      port.postMessage({ chunk: JSON.stringify({ ...prepared, sameAsBefore }) });
    }
    port.postMessage({ done: true });
  } catch (error) {
    const failure: PrepareFailure = {
      message: error instanceof Error ? error.message : String(error),
      code: error instanceof DomainError ? error.code : null,
      problems: error instanceof DomainError ? error.problems : [],
    };
    port.postMessage({ error: failure });
  } finally {
    spill?.close();
  }
}

port.on("message", (message: PrepareRequest) => {
  if (message.credit) {
    credit += message.credit;
    wake?.();
    wake = null;
  }
  if (message.start) void run(message.start);
});
