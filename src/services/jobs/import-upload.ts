import { open } from "node:fs/promises";
import type { Kysely } from "kysely";
import {
  type Database,
  jobFileDelete,
  jobFilePiece,
  jobFilePieceAdd,
  jobFileSize,
} from "../../store/index.ts";
import type { ServiceContext } from "../context.ts";
import { invalid } from "../errors.ts";
import { abortCheck } from "./kinds.ts";

/** Pieces of at least 1 MiB: few rows for a large file, little memory for each. */
export const UPLOAD_PIECE_BYTES = 1024 * 1024;

/** Stored files with no job are kept this long (an upload still arriving has no job yet). */
export const UPLOAD_ORPHAN_MS = 24 * 60 * 60 * 1000;

/** How much of a file was stored: pieces and bytes (checked again before the import reads it). */
export interface StoredUpload {
  pieces: number;
  bytes: number;
}

/**
 * Stores an uploaded file in the database under `jobId`, piece by piece as it arrives, so any
 * worker on any machine can read it later (decision 0022); memory holds at most one piece, and a
 * file over `limit` bytes, or shorter than the `expected` length the request announced, is refused
 * (nothing kept, nothing cut short). On any
 * error (the upload cut off, the database refusing) the pieces stored so far are deleted.
 */
export async function uploadStore(
  ctx: ServiceContext,
  jobId: string,
  body: AsyncIterable<Uint8Array | string>,
  limit: number,
  expected?: number,
): Promise<StoredUpload> {
  const stored: StoredUpload = { pieces: 0, bytes: 0 };
  const at = ctx.now().toISOString();
  let held: Buffer[] = [];
  let heldBytes = 0;
  const flush = async () => {
    if (heldBytes === 0) return;
    await jobFilePieceAdd(ctx.store.db, jobId, stored.pieces, Buffer.concat(held), at);
    stored.pieces++;
    stored.bytes += heldBytes;
    held = [];
    heldBytes = 0;
  };
  try {
    for await (const chunk of body) {
      const buffer = typeof chunk === "string" ? Buffer.from(chunk) : Buffer.from(chunk);
      held.push(buffer);
      heldBytes += buffer.length;
      if (stored.bytes + heldBytes > limit)
        throw invalid(`The file is larger than the ${limit / 1024 / 1024} MB an import takes`, [
          { path: "body", message: `more than ${limit} bytes` },
        ]);
      if (heldBytes >= UPLOAD_PIECE_BYTES) await flush();
    }
    await flush();
    // A connection closed early can end the body without an error: never import part of a file.
    if (expected !== undefined && stored.bytes !== expected)
      throw invalid(
        `The upload ended after ${stored.bytes} of ${expected} bytes; nothing was kept`,
        [{ path: "body", message: `${stored.bytes} of ${expected} bytes arrived` }],
      );
    return stored;
  } catch (error) {
    await jobFileDelete(ctx.store.db, jobId);
    throw error;
  }
}

/**
 * Writes a job's stored file to `path`, one piece at a time, after checking it is whole (the
 * pieces and bytes recorded when it was queued); a file that is not is named as such.
 */
export async function uploadRestore(
  db: Kysely<Database>,
  jobId: string,
  expected: StoredUpload,
  path: string,
  signal: AbortSignal,
): Promise<void> {
  const found = await jobFileSize(db, jobId);
  if (found.pieces !== expected.pieces || found.bytes !== expected.bytes)
    throw new Error(
      `The uploaded file kept for this import is not whole (${found.bytes} of ${expected.bytes} bytes in ${found.pieces} of ${expected.pieces} pieces); nothing was imported. Upload the file again.`,
    );
  const out = await open(path, "w");
  try {
    for (let seq = 0; seq < expected.pieces; seq++) {
      abortCheck(signal);
      const piece = await jobFilePiece(db, jobId, seq);
      if (!piece) throw new Error(`Piece ${seq + 1} of the uploaded file is missing`);
      await out.write(piece);
    }
  } finally {
    await out.close();
  }
}
