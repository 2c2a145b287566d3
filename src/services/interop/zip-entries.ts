import { createReadStream } from "node:fs";
import { type FileHandle, open } from "node:fs/promises";
import { pipeline } from "node:stream";
import { StringDecoder } from "node:string_decoder";
import { createInflateRaw } from "node:zlib";
import { ImportInputError } from "./import-input-error.ts";

/** One file of a zip archive, as its central directory describes it. */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  flags: number;
  compressedSize: number;
  /** The uncompressed size the archive declares (checked while inflating: it may lie). */
  size: number;
  /** Offset of the entry's local header. */
  offset: number;
}

/** A central directory larger than this is not a spreadsheet's (an XLSX has a few dozen parts). */
const MAX_DIRECTORY_BYTES = 4 << 20;

const notZip = (why: string) =>
  new ImportInputError(`the file is not a readable XLSX workbook (${why})`);

async function bytesAt(file: FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  const { bytesRead } = await file.read(buffer, 0, length, position);
  if (bytesRead < length) throw notZip("it ends inside its zip directory");
  return buffer;
}

/** Where the central directory is and how large, from the end record (zip64 when marked so). */
async function directoryOf(file: FileHandle, size: number) {
  const tailLength = Math.min(size, 22 + 0xffff);
  const tail = await bytesAt(file, size - tailLength, tailLength);
  const end = tail.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0 || end + 22 > tail.length) throw notZip("no zip directory: is it really XLSX?");
  let length = tail.readUInt32LE(end + 12);
  let offset = tail.readUInt32LE(end + 16);
  if (offset === 0xffffffff || length === 0xffffffff) {
    const locator = size - tailLength + end - 20;
    const at = Number((await bytesAt(file, locator, 20)).readBigUInt64LE(8));
    const record = await bytesAt(file, at, 56);
    if (record.readUInt32LE(0) !== 0x06064b50) throw notZip("a damaged zip64 directory");
    length = Number(record.readBigUInt64LE(40));
    offset = Number(record.readBigUInt64LE(48));
  }
  if (length > MAX_DIRECTORY_BYTES || offset + length > size)
    throw notZip(`a zip directory of ${length} bytes at ${offset}`);
  return { offset, length };
}

/** Sizes and offset from a zip64 extra field, for the fields the entry marks 0xFFFFFFFF. */
function zip64Sizes(extra: Buffer, entry: ZipEntry): void {
  for (let i = 0; i + 4 <= extra.length; i += 4 + extra.readUInt16LE(i + 2)) {
    if (extra.readUInt16LE(i) !== 1) continue;
    let at = i + 4;
    const next = () => {
      at += 8;
      return Number(extra.readBigUInt64LE(at - 8));
    };
    if (entry.size === 0xffffffff) entry.size = next();
    if (entry.compressedSize === 0xffffffff) entry.compressedSize = next();
    if (entry.offset === 0xffffffff) entry.offset = next();
    return;
  }
}

/**
 * The entries of a zip archive, by name, read from its central directory alone: nothing is
 * inflated, so a workbook's declared sizes can be checked before any of it is read.
 * @example (await zipEntriesOf("book.xlsx")).get("xl/workbook.xml")?.size
 */
export async function zipEntriesOf(path: string): Promise<Map<string, ZipEntry>> {
  const file = await open(path, "r");
  try {
    const { offset, length } = await directoryOf(file, (await file.stat()).size);
    const dir = await bytesAt(file, offset, length);
    const entries = new Map<string, ZipEntry>();
    for (let i = 0; i + 46 <= dir.length && dir.readUInt32LE(i) === 0x02014b50; ) {
      const [nameLength, extraLength] = [dir.readUInt16LE(i + 28), dir.readUInt16LE(i + 30)];
      const name = dir.toString("utf8", i + 46, i + 46 + nameLength);
      const entry: ZipEntry = {
        name,
        flags: dir.readUInt16LE(i + 8),
        method: dir.readUInt16LE(i + 10),
        compressedSize: dir.readUInt32LE(i + 20),
        size: dir.readUInt32LE(i + 24),
        offset: dir.readUInt32LE(i + 42),
      };
      zip64Sizes(dir.subarray(i + 46 + nameLength, i + 46 + nameLength + extraLength), entry);
      entries.set(name, entry);
      i += 46 + nameLength + extraLength + dir.readUInt16LE(i + 32);
    }
    return entries;
  } finally {
    await file.close();
  }
}

/** Where an entry's data starts: after its local header, whose name and extra lengths differ. */
async function dataOffsetOf(path: string, entry: ZipEntry): Promise<number> {
  const file = await open(path, "r");
  try {
    const header = await bytesAt(file, entry.offset, 30);
    if (header.readUInt32LE(0) !== 0x04034b50) throw notZip(`a damaged entry ${entry.name}`);
    return entry.offset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  } finally {
    await file.close();
  }
}

/**
 * The text of one entry, inflated piece by piece (UTF-8). It stops with an error as soon as it has
 * inflated more than the entry declares, so a crafted size cannot make it read more than was
 * checked: memory stays at one piece whatever the entry holds.
 * @example for await (const text of zipEntryText("book.xlsx", entry)) parser.write(text);
 */
export async function* zipEntryText(path: string, entry: ZipEntry): AsyncGenerator<string> {
  if (entry.flags & 1) throw notZip(`${entry.name} is encrypted`);
  if (entry.method !== 0 && entry.method !== 8)
    throw notZip(`${entry.name} uses compression method ${entry.method}`);
  const start = await dataOffsetOf(path, entry);
  if (entry.compressedSize === 0) return;
  const raw = createReadStream(path, { start, end: start + entry.compressedSize - 1 });
  const source = entry.method === 8 ? pipeline(raw, createInflateRaw(), () => {}) : raw;
  const decoder = new StringDecoder("utf8");
  let inflated = 0;
  try {
    for await (const chunk of source as AsyncIterable<Buffer>) {
      inflated += chunk.length;
      if (inflated > entry.size)
        throw new ImportInputError(
          `the workbook is damaged or crafted: ${entry.name} holds more than the ${entry.size} bytes it declares`,
        );
      yield decoder.write(chunk);
    }
  } catch (error) {
    if (error instanceof ImportInputError) throw error;
    throw notZip(`${entry.name}: ${(error as Error).message}`);
  } finally {
    raw.destroy();
    source.destroy();
  }
  yield decoder.end();
}
