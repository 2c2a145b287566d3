import { Transform } from "node:stream";
import { ImportInputError } from "./import-input-error.ts";

/** Length of the valid UTF-8 sequence starting at `i`, or 0 if it is invalid (RFC 3629). */
function sequenceLength(bytes: Uint8Array, i: number, atEnd: boolean): number {
  const b = bytes[i]!;
  if (b < 0x80) return 1;
  const [n, min] =
    b >= 0xc2 && b <= 0xdf
      ? [2, 0x80]
      : b >= 0xe0 && b <= 0xef
        ? [3, 0x800]
        : b >= 0xf0 && b <= 0xf4
          ? [4, 0x10000]
          : [0, 0];
  if (n === 0) return 0;
  let cp = b & (0xff >> (n + 1));
  for (let k = 1; k < n; k++) {
    if (i + k >= bytes.length) return atEnd ? 0 : n;
    const c = bytes[i + k]!;
    if ((c & 0xc0) !== 0x80) return 0;
    cp = (cp << 6) | (c & 0x3f);
  }
  return cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff) ? 0 : n;
}

/**
 * Offset of the first invalid UTF-8 byte in `bytes`; a character cut off at the end is invalid
 * unless `atEnd` is false (a chunk of a longer stream).
 */
export function firstInvalidUtf8(bytes: Uint8Array, atEnd = true): number | null {
  for (let i = 0; i < bytes.length; ) {
    const n = sequenceLength(bytes, i, atEnd);
    if (n === 0) return i;
    i += n;
  }
  return null;
}

function countLines(bytes: Uint8Array, end = bytes.length): number {
  let n = 0;
  for (let i = bytes.indexOf(0x0a); i >= 0 && i < end; i = bytes.indexOf(0x0a, i + 1)) n++;
  return n;
}

/** Progress of a decoder: bytes and lines read so far. */
export interface DecodeProgress {
  bytes: number;
  lines: number;
}

function encodingError(chunk: Uint8Array, progress: DecodeProgress): ImportInputError {
  if (
    progress.bytes === 0 &&
    ((chunk[0] === 0xff && chunk[1] === 0xfe) || (chunk[0] === 0xfe && chunk[1] === 0xff))
  )
    return new ImportInputError(
      "the file is UTF-16, not UTF-8: save it as UTF-8 and try again",
      0,
      1,
    );
  const at = firstInvalidUtf8(chunk, false) ?? 0;
  const offset = progress.bytes + at;
  const line = progress.lines + countLines(chunk, at) + 1;
  const byte = chunk[at]?.toString(16).padStart(2, "0") ?? "??";
  return new ImportInputError(
    `the file is not valid UTF-8: byte 0x${byte} at offset ${offset} (line ${line}); save it as UTF-8 (it may be Windows-1252 or Latin-1)`,
    offset,
    line,
  );
}

/**
 * Turns chunks of bytes into text, failing with the byte offset and line of the first byte that is
 * not UTF-8, and reporting progress after each chunk; `end` checks the file did not stop inside a
 * character.
 * @example const d = utf8Text(); d.decode(Buffer.from("h\u00e9")) + d.end() // "hé"
 */
export function utf8Text(onChunk: (progress: DecodeProgress) => void = () => {}) {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  const progress: DecodeProgress = { bytes: 0, lines: 0 };
  return {
    decode(chunk: Uint8Array): string {
      let text: string;
      try {
        text = decoder.decode(chunk, { stream: true });
      } catch {
        throw encodingError(chunk, progress);
      }
      progress.bytes += chunk.length;
      progress.lines += countLines(chunk);
      onChunk(progress);
      return text;
    },
    end(): string {
      try {
        return decoder.decode();
      } catch {
        throw new ImportInputError(
          `the file is not valid UTF-8: it ends inside a character (byte ${progress.bytes})`,
          progress.bytes,
          progress.lines + 1,
        );
      }
    },
  };
}

/** `utf8Text` as a stream: bytes in, strings out. */
export function utf8Decoder(onChunk: (progress: DecodeProgress) => void = () => {}): Transform {
  const text = utf8Text(onChunk);
  return new Transform({
    // Text goes out as strings, as decoded (no round trip through a Buffer).
    readableObjectMode: true,
    decodeStrings: true,
    transform(chunk: Buffer, _encoding, done) {
      try {
        done(null, text.decode(chunk));
      } catch (error) {
        done(error as Error);
      }
    },
    flush(done) {
      try {
        done(null, text.end());
      } catch (error) {
        done(error as Error);
      }
    },
  });
}
