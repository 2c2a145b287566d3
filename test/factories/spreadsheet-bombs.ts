/**
 * XLSX workbooks written byte by byte for the spreadsheet-limit tests: a normal workbook, and zip
 * bombs — a small file whose sheet inflates to hundreds of megabytes, built without ever holding
 * the inflated text (one deflated block, repeated), and parts whose declared size is a lie.
 */
import { writeFileSync } from "node:fs";
import { constants, crc32, deflateRawSync } from "node:zlib";

/** One part of the workbook: its text, or `head + unit × times + tail` (never built in memory). */
export interface ZipPart {
  name: string;
  text?: string;
  repeat?: { head: string; unit: string; times: number; tail: string };
  /** Uncompressed size written in the headers instead of the true one (a crafted file). */
  declaredSize?: number;
}

const u16 = (n: number) => Buffer.from([n & 0xff, (n >>> 8) & 0xff]);
const u32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n >>> 0);
  return b;
};

/** Deflated data and CRC of a part; a repeat is one block compressed once and concatenated. */
function compressed(part: ZipPart): { data: Buffer; crc: number; size: number } {
  if (part.text !== undefined) {
    const raw = Buffer.from(part.text);
    return { data: deflateRawSync(raw), crc: crc32(raw), size: raw.length };
  }
  const { head, unit, times, tail } = part.repeat!;
  // A full flush ends each piece on a byte boundary with no reference back, so pieces compressed
  // alone can be concatenated; only the last one is final.
  const flush = { finishFlush: constants.Z_FULL_FLUSH, level: 9 };
  const perBlock = Math.max(1, Math.floor((1 << 20) / unit.length));
  const block = Buffer.from(unit.repeat(Math.min(perBlock, times)));
  const blocks = Math.floor(times / perBlock);
  const rest = Buffer.from(unit.repeat(times - blocks * perBlock));
  const [h, b, r, t] = [Buffer.from(head), block, rest, Buffer.from(tail)];
  const deflatedBlock = deflateRawSync(b, flush);
  const pieces = [deflateRawSync(h, flush)];
  let crc = crc32(h);
  for (let i = 0; i < blocks; i++) {
    pieces.push(deflatedBlock);
    crc = crc32(b, crc);
  }
  pieces.push(deflateRawSync(r, flush), deflateRawSync(t, { level: 9 }));
  crc = crc32(t, crc32(r, crc));
  const size = h.length + blocks * b.length + r.length + t.length;
  return { data: Buffer.concat(pieces), crc, size };
}

/** Writes a zip file of deflated parts (no zip64: every size must stay under 4 GB). */
export function writeZip(path: string, parts: ZipPart[]): number {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const { data, crc, size } = compressed(part);
    const name = Buffer.from(part.name);
    const sizes = [u32(crc), u32(data.length), u32(part.declaredSize ?? size)];
    const common = [u16(20), u16(0), u16(8), u16(0), u16(0x21), ...sizes, u16(name.length)];
    const local = Buffer.concat([u32(0x04034b50), ...common, u16(0), name, data]);
    central.push(
      Buffer.concat([u32(0x02014b50), u16(20), ...common, u16(0), u16(0), u16(0), u16(0)]),
      u32(0),
      u32(offset),
      name,
    );
    locals.push(local);
    offset += local.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.concat([
    u32(0x06054b50),
    u16(0),
    u16(0),
    u16(parts.length),
    u16(parts.length),
    u32(directory.length),
    u32(offset),
    u16(0),
  ]);
  const file = Buffer.concat([...locals, directory, end]);
  writeFileSync(path, file);
  return file.length;
}

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** The parts every workbook needs around its sheets, for sheets named `names` (sheet1.xml, …). */
export function workbookParts(names: string[]): ZipPart[] {
  const sheets = names.map((n, i) => `<sheet name="${n}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`);
  const rels = names.map(
    (_, i) =>
      `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
  );
  return [
    {
      name: "[Content_Types].xml",
      text: `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${names.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join("")}</Types>`,
    },
    {
      name: "_rels/.rels",
      text: `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    },
    {
      name: "xl/workbook.xml",
      text: `${XML}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>${sheets.join("")}</sheets></workbook>`,
    },
    {
      name: "xl/_rels/workbook.xml.rels",
      text: `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join("")}</Relationships>`,
    },
  ];
}

/** A row of inline-string cells in columns A, B, … */
export function rowXml(r: number, cells: string[]): string {
  const cs = cells.map(
    (c, i) => `<c r="${String.fromCharCode(65 + i)}${r}" t="inlineStr"><is><t>${c}</t></is></c>`,
  );
  return `<row r="${r}">${cs.join("")}</row>`;
}

/** A worksheet's XML around its rows. */
export const SHEET_HEAD = `${XML}<worksheet xmlns="${MAIN}"><sheetData>`;
export const SHEET_TAIL = "</sheetData></worksheet>";

/**
 * A workbook with one sheet `name`: a title row, then `times` copies of one data row (all with
 * row number 2, which keeps the file tiny; readers still meet `times` rows).
 */
export function writeRepeatedRowWorkbook(
  path: string,
  name: string,
  titles: string[],
  cells: string[],
  times: number,
  declaredSize?: number,
): number {
  return writeZip(path, [
    ...workbookParts([name]),
    {
      name: "xl/worksheets/sheet1.xml",
      repeat: {
        head: SHEET_HEAD + rowXml(1, titles),
        unit: rowXml(2, cells),
        times,
        tail: SHEET_TAIL,
      },
      declaredSize,
    },
  ]);
}
