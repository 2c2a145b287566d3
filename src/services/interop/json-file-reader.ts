import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { pipeline } from "node:stream/promises";
import parser from "stream-json/parser.js";
import verifier from "stream-json/utils/verifier.js";
import { ImportInputError } from "./import-input-error.ts";
import type { JsonItemSink, JsonToken } from "./json-item-router.ts";
import { createJsonItemRouter } from "./json-item-router.ts";
import { utf8Decoder } from "./utf8-decoder.ts";

/** Which pass of an import is under way: reading and validating the file, or writing it. */
export type ImportPhase = "validating" | "writing";

/**
 * Called as a file is read: bytes so far, file size, records (items or values) so far, and the
 * pass (while writing, `bytesRead` is the share of the file's records written, scaled to its size).
 */
export type ImportProgress = (
  bytesRead: number,
  totalBytes: number,
  records: number,
  phase?: ImportPhase,
) => void;

/** Finds where the JSON breaks (stream-json's verifier gives offset, line and column). */
async function syntaxErrorOf(path: string, size: number): Promise<ImportInputError> {
  try {
    await pipeline(createReadStream(path), verifier.asStream({ jsonStreaming: true }));
  } catch (error) {
    const e = error as { offset?: number; line?: number; pos?: number; message: string };
    if (typeof e.offset === "number") {
      const reason = e.message.replace(/^.*cannot parse input: /, "");
      const truncated = e.offset >= size - 1;
      const what = truncated
        ? "the file ends in the middle of the JSON (is it truncated?)"
        : `the JSON is broken (${reason})`;
      return new ImportInputError(
        `${what} at byte ${e.offset}, line ${e.line}, column ${e.pos}`,
        e.offset,
        e.line ?? null,
      );
    }
  }
  return new ImportInputError("the file is not valid JSON");
}

/**
 * Streams a JSON or JSON Lines file through stream-json, handing releases/records/grants to `sink`
 * one by one; bad encoding and broken JSON fail with the byte offset and line.
 * @example await readJsonFile("package.json", sink, (read, total) => console.log(read / total))
 */
export async function readJsonFile(
  path: string,
  sink: JsonItemSink,
  onProgress: ImportProgress = () => {},
): Promise<void> {
  const size = (await stat(path)).size;
  let records = 0;
  const counting: JsonItemSink = {
    ...sink,
    onItem: (key, item, index) => {
      records++;
      sink.onItem(key, item, index);
    },
    onValue: (value, index) => {
      records++;
      sink.onValue(value, index);
    },
  };
  const router = createJsonItemRouter(counting);
  const decoder = utf8Decoder((p) => onProgress(p.bytes, size, records));
  try {
    await pipeline(
      createReadStream(path),
      decoder,
      parser.asStream({ packValues: true, streamValues: false, jsonStreaming: true }),
      async (tokens: AsyncIterable<JsonToken>) => {
        for await (const token of tokens) router.push(token);
      },
    );
  } catch (error) {
    if (error instanceof ImportInputError) throw error;
    // A file cut short ends with "Parser has expected a value" rather than "cannot parse input".
    if (error instanceof Error && /cannot parse input|parser has expected/i.test(error.message))
      throw await syntaxErrorOf(path, size);
    throw error;
  }
  if (router.values() === 0)
    throw new ImportInputError("the file is empty: it holds no JSON value", 0, 1);
  onProgress(size, size, records);
}
