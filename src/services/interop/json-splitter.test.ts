import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { readJsonFile } from "./json-file-reader.ts";
import type { JsonItemSink } from "./json-item-router.ts";
import { createJsonSplitter, JsonSplitError } from "./json-splitter.ts";

const dir = mkdtempSync(join(tmpdir(), "partnerscope-splitter-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A sink that writes down every call (objects as JSON at the moment of the call). */
function recorder(stream = (key: string) => key === "items" || key === "grants") {
  const calls: string[] = [];
  const sink: JsonItemSink = {
    shouldStream: (key) => stream(key),
    onPackage: (key, metadata, i) => calls.push(`package ${key} ${JSON.stringify(metadata)} ${i}`),
    onPackageEnd: (metadata, i) => calls.push(`end ${JSON.stringify(metadata)} ${i}`),
    onItem: (key, item, i, text) => {
      calls.push(`item ${key} ${JSON.stringify(item)} ${i}`);
      if (text !== undefined) expect(JSON.parse(text)).toEqual(item);
    },
    onValue: (value, i) => calls.push(`value ${JSON.stringify(value)} ${i}`),
  };
  return { sink, calls };
}

/** Splits `text` at the given cut points and feeds the pieces to a splitter. */
function split(text: string, cuts: number[]): string[] {
  const { sink, calls } = recorder();
  const splitter = createJsonSplitter(sink);
  let at = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    splitter.push(text.slice(at, cut));
    at = cut;
  }
  splitter.push(text.slice(at));
  splitter.end();
  return calls;
}

let files = 0;
/** What stream-json's parser and the item router make of the same text (the reference). */
async function reference(text: string): Promise<string[] | "invalid"> {
  const path = join(dir, `${files++}.json`);
  writeFileSync(path, text);
  const { sink, calls } = recorder();
  try {
    await readJsonFile(path, sink, () => {}, "stream-json");
    return calls;
  } catch {
    return "invalid";
  }
}

/** Strings full of the characters that matter to a splitter: quotes, backslashes, brackets. */
const tricky = fc.string({
  unit: fc.constantFrom('"', "\\", "{", "}", "[", "]", ",", ":", "a", " ", "\n", "é"),
  maxLength: 6,
});
const json = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    tricky,
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(tricky, tie("value"), { maxKeys: 4 }),
  ),
})).value;

/** Documents shaped like packages: metadata keys around a streamed array, sometimes several values. */
const documents = fc
  .array(
    fc.oneof(
      fc.record({
        version: json,
        items: fc.array(json, { maxLength: 6 }),
        publisher: json,
      }),
      json,
    ),
    { minLength: 1, maxLength: 3 },
  )
  .chain((values) =>
    fc.record({
      text: fc
        .array(fc.constantFrom(0, 2, "\t"), { minLength: values.length, maxLength: values.length })
        .map((indents) =>
          values.map((v, i) => JSON.stringify(v, null, indents[i]) ?? "null").join("\n"),
        ),
    }),
  )
  .chain(({ text }) =>
    fc.record({
      text: fc.constant(text),
      cuts: fc.array(fc.nat({ max: text.length }), { maxLength: 8 }),
    }),
  );

describe("createJsonSplitter", () => {
  it("hands over a package's items one by one, with their text, then the metadata", () => {
    expect(split('{"version":"1.4","grants":[{"id":"a"}, {"id":"b"}],"x":[1]}', [5, 20])).toEqual([
      'package grants {"version":"1.4"} 0',
      'item grants {"id":"a"} 0',
      'item grants {"id":"b"} 1',
      'end {"version":"1.4","x":[1]} 0',
    ]);
  });

  it("reads JSON Lines and bare scalars as top-level values", () => {
    expect(split('{"a":"x\\"}"}\n[1,2]\n"s" 3 null', [3, 9])).toEqual([
      'value {"a":"x\\"}"} 0',
      "value [1,2] 1",
      'value "s" 2',
      "value 3 3",
      "value null 4",
    ]);
  });

  it("keeps __proto__ as a plain key, as JSON.parse does", () => {
    const { sink, calls } = recorder();
    const splitter = createJsonSplitter(sink);
    splitter.push('{"__proto__":{"polluted":true},"items":[]}');
    splitter.end();
    expect(calls[1]).toBe('end {"__proto__":{"polluted":true}} 0');
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });

  it.each([
    ['{"grants":[{"id":"a"},]}', "a trailing comma in an array"],
    ['{"a":1,}', "a trailing comma in an object"],
    ['{"grants":[,{"id":"a"}]}', "a comma before the first item"],
    ['{"grants":[{"id":"a"}', "a file cut short"],
    ['{"a" 1}', "a missing colon"],
    ['{"grants":[{"id":"a"} {"id":"b"}]}', "a missing comma"],
    ["{1:2}", "a key that is not a string"],
    ['{"a":tru}', "a misspelt literal"],
    ['"abc', "an unterminated string"],
  ])("rejects %s (%s)", (text) => {
    expect(() => split(text, [])).toThrow(JsonSplitError);
  });

  it("makes the same calls as stream-json and the item router, however the text is cut", async () => {
    await fc.assert(
      fc.asyncProperty(documents, async ({ text, cuts }) => {
        expect(split(text, cuts)).toEqual(await reference(text));
      }),
      { numRuns: 300 },
    );
  });

  it("fails exactly where stream-json fails on a document cut short or damaged", async () => {
    const damaged = documents.chain(({ text }) =>
      fc.record({
        text: fc.constant(text),
        at: fc.nat({ max: Math.max(0, text.length - 1) }),
        insert: fc.constantFrom("", ",", "]", "}", "{", '"', ":", "x"),
      }),
    );
    await fc.assert(
      fc.asyncProperty(damaged, async ({ text, at, insert }) => {
        const bad = insert === "" ? text.slice(0, at) : text.slice(0, at) + insert + text.slice(at);
        const expected = await reference(bad);
        let actual: string[] | "invalid";
        try {
          actual = split(bad, [Math.floor(bad.length / 2)]);
        } catch (error) {
          expect(error).toBeInstanceOf(JsonSplitError);
          actual = "invalid";
        }
        // An empty text is no value at all: the reader, not the splitter, says the file is empty.
        if (bad.trim() === "") expect(actual).toEqual([]);
        else expect(actual).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
