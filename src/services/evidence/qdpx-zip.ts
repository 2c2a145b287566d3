import { strToU8, Unzip, UnzipInflate, type Zippable, zipSync } from "fflate";
import { invalid } from "../errors.ts";

/** How much a .qdpx may unpack to: a small file that inflates to gigabytes (a zip bomb) is refused. */
export interface QdpxLimits {
  /** Bytes of all entries together, uncompressed. */
  uncompressedBytes: number;
  /** Number of entries. */
  entries: number;
}

/** 200 MB of text and 20,000 files: far above a coded evidence log, far below the server's memory. */
export const QDPX_LIMITS: QdpxLimits = { uncompressedBytes: 200 * 1024 * 1024, entries: 20_000 };

/** The zip is fed to the inflater in slices this big, so the size check runs as it unpacks. */
const SLICE = 16 * 1024;

const tooBig = (limits: QdpxLimits) =>
  invalid(
    `The .qdpx file unpacks to more than ${Math.round(limits.uncompressedBytes / 1024 / 1024)} MB; it is refused (split the project, or leave out media files)`,
    [{ path: "qdpx", message: "uncompressed size over the limit" }],
  );

/**
 * The entries of a .qdpx (a zip) by name. Refuses, before keeping anything, a file that is not a
 * zip, has too many entries, or unpacks — by its headers or in fact — past the limits.
 */
export function qdpxUnzip(
  bytes: Uint8Array,
  limits: QdpxLimits = QDPX_LIMITS,
): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  let total = 0;
  let count = 0;
  const unzip = new Unzip((file) => {
    count += 1;
    if (count > limits.entries)
      throw invalid(`The .qdpx file holds more than ${limits.entries} files; it is refused`);
    // Headers can lie: this is the quick refusal, the running count below the real one.
    if ((file.originalSize ?? 0) > limits.uncompressedBytes) throw tooBig(limits);
    const parts: Uint8Array[] = [];
    file.ondata = (error, chunk, final) => {
      if (error)
        throw invalid(`The .qdpx file's entry '${file.name}' cannot be unpacked: ${error.message}`);
      total += chunk.length;
      if (total > limits.uncompressedBytes) throw tooBig(limits);
      parts.push(chunk);
      if (final) files.set(file.name, concat(parts));
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b)
    throw invalid(
      "The file is not a .qdpx project: a .qdpx is a zip file, and this one does not start like one",
      [{ path: "qdpx", message: "not a zip file" }],
    );
  for (let i = 0; i < bytes.length; i += SLICE)
    unzip.push(bytes.subarray(i, i + SLICE), i + SLICE >= bytes.length);
  return files;
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/**
 * Entries under this many bytes are stored, not deflated: deflating a short quote saves a few
 * bytes but sets up a 64 KB window per entry, which on 10,000 sources was most of an export, and
 * each inflater reading it back allocated as much again.
 */
const STORE_UNDER = 1024;

/** A .qdpx (zip) of text files by name. */
export function qdpxZip(files: Record<string, string>): Uint8Array {
  const entries: Zippable = {};
  for (const [name, text] of Object.entries(files)) {
    const data = strToU8(text);
    entries[name] = data.length < STORE_UNDER ? [data, { level: 0 }] : data;
  }
  // A fixed time keeps an export of the same evidence byte-for-byte the same.
  return zipSync(entries, { level: 6, mtime: new Date("2026-01-01T00:00:00Z") });
}
