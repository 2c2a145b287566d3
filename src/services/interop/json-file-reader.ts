import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { pipeline } from "node:stream/promises";
import parser from "stream-json/parser.js";
import verifier from "stream-json/utils/verifier.js";
import { ImportInputError } from "./import-input-error.ts";
import type { JsonItemSink, JsonToken } from "./json-item-router.ts";
import { createJsonItemRouter } from "./json-item-router.ts";
import { createJsonSplitter, JsonSplitError } from "./json-splitter.ts";
import { type DecodeProgress, utf8Decoder, utf8Text } from "./utf8-decoder.ts";
import { yieldPoint } from "./yield-point.ts";

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

/** How a file is read: our splitter (the importers'), or stream-json's tokenising parser (the benchmark's peer). */
export type JsonReaderKind = "split" | "stream-json";

/** Reads the file's text into the splitter; the number of top-level values. */
async function splitFile(path: string, sink: JsonItemSink, onChunk: Progress): Promise<number> {
  const splitter = createJsonSplitter(sink);
  const text = utf8Text(onChunk);
  for await (const chunk of createReadStream(path, { highWaterMark: 256 * 1024 })) {
    splitter.push(text.decode(chunk as Buffer));
    // The sink validates and spills every item of the piece: let other requests in between.
    await yieldPoint();
  }
  splitter.push(text.end());
  splitter.end();
  return splitter.values();
}

/** Reads the file through stream-json's parser and the item router; the number of top-level values. */
async function tokeniseFile(path: string, sink: JsonItemSink, onChunk: Progress): Promise<number> {
  const router = createJsonItemRouter(sink);
  await pipeline(
    createReadStream(path),
    utf8Decoder(onChunk),
    parser.asStream({ packValues: true, streamValues: false, jsonStreaming: true }),
    async (tokens: AsyncIterable<JsonToken>) => {
      for await (const token of tokens) router.push(token);
    },
  );
  return router.values();
}

type Progress = (progress: DecodeProgress) => void;

/**
 * Streams a JSON or JSON Lines file, handing releases/records/grants to `sink` one by one; bad
 * encoding and broken JSON fail with the byte offset and line. The default reader cuts each item
 * out of the text and `JSON.parse`s it (decision 0007); `stream-json` tokenises every value.
 * @example await readJsonFile("package.json", sink, (read, total) => console.log(read / total))
 */
export async function readJsonFile(
  path: string,
  sink: JsonItemSink,
  onProgress: ImportProgress = () => {},
  reader: JsonReaderKind = "split",
): Promise<void> {
  const size = (await stat(path)).size;
  let records = 0;
  const counting: JsonItemSink = {
    ...sink,
    onItem: (key, item, index, text) => {
      records++;
      sink.onItem(key, item, index, text);
    },
    onValue: (value, index) => {
      records++;
      sink.onValue(value, index);
    },
  };
  const onChunk: Progress = (p) => onProgress(p.bytes, size, records);
  let values = 0;
  try {
    values = await (reader === "split" ? splitFile : tokeniseFile)(path, counting, onChunk);
  } catch (error) {
    if (error instanceof ImportInputError) throw error;
    // A file cut short ends with "Parser has expected a value" rather than "cannot parse input".
    if (
      error instanceof JsonSplitError ||
      (error instanceof Error && /cannot parse input|parser has expected/i.test(error.message))
    )
      throw await syntaxErrorOf(path, size);
    throw error;
  }
  if (values === 0) throw new ImportInputError("the file is empty: it holds no JSON value", 0, 1);
  onProgress(size, size, records);
}
