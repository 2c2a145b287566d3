import { Unzip, UnzipInflate } from "fflate";
import { describe, expect, it } from "vitest";
import { qdpxUnzip, qdpxZip } from "./qdpx-zip.ts";

/** Each entry's compression method as the zip's headers give it (0 stored, 8 deflated). */
function methodsOf(bytes: Uint8Array): Record<string, number> {
  const methods: Record<string, number> = {};
  const unzip = new Unzip((file) => {
    methods[file.name] = file.compression;
  });
  unzip.register(UnzipInflate);
  unzip.push(bytes, true);
  return methods;
}

describe("the .qdpx zip", () => {
  const quote = "Trust came first — “we had to get to know each other”.";
  const long = "The partners met monthly. ".repeat(200); // 5,200 bytes
  const files = { "sources/a.txt": quote, "project.qde": long };

  it("stores a short text (under 1 KB) and deflates a long one", () => {
    expect(methodsOf(qdpxZip(files))).toEqual({ "sources/a.txt": 0, "project.qde": 8 });
  });

  it("reads both back unchanged", () => {
    const back = qdpxUnzip(qdpxZip(files));
    const text = (name: string) => new TextDecoder().decode(back.get(name));
    expect([text("sources/a.txt"), text("project.qde")]).toEqual([quote, long]);
  });
});
