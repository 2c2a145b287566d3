import { XMLParser, XMLValidator } from "fast-xml-parser";
import type { Problem } from "../../shared/index.ts";
import { invalid } from "../errors.ts";
import { guidKey } from "./qdpx-guid.ts";

/** A code as the file has it; `parent` is its parent's GUID key. */
export interface QdeCode {
  guid: string;
  name: string;
  description: string | null;
  colour: string | null;
  parent: string | null;
  codable: boolean;
  path: string;
}

/** A coded span of a text source: code-point positions and the codes' GUID keys. */
export interface QdeSelection {
  start: number;
  end: number;
  codes: string[];
  path: string;
}

/** A text source with its text, description and codings (whole-source codings are one selection). */
export interface QdeSource {
  guid: string;
  name: string;
  description: string | null;
  text: string;
  selections: QdeSelection[];
  path: string;
}

/** What an import reads from project.qde. */
export interface QdeProject {
  name: string;
  codes: QdeCode[];
  sources: QdeSource[];
}

type Node = Record<string, unknown>;
const ARRAYS = new Set([
  "Code",
  "TextSource",
  "PlainTextSelection",
  "Coding",
  "PictureSource",
  "PDFSource",
  "AudioSource",
  "VideoSource",
]);
const GUID = /^\{?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\}?$/;
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  htmlEntities: false,
  isArray: (name) => ARRAYS.has(name),
});

/** Reads values off nodes, noting each problem at its path. */
class Reader {
  problems: Problem[] = [];
  constructor(readonly files: Map<string, Uint8Array>) {}
  fail(path: string, message: string) {
    this.problems.push({ path, message });
  }
  attr(node: Node, path: string, name: string, required: boolean): string | null {
    const v = node[`@${name}`];
    if (typeof v === "string" && v.trim() !== "") return v;
    if (required) this.fail(`${path}/@${name}`, "is required and missing");
    return null;
  }
  guid(node: Node, path: string, name = "guid"): string | null {
    const v = this.attr(node, path, name, true);
    if (v !== null && !GUID.test(v.trim()))
      this.fail(`${path}/@${name}`, `must be a GUID (given "${v}")`);
    return v === null ? null : guidKey(v.trim());
  }
  text(node: Node, name: string): string | null {
    const v = node[name];
    if (v === undefined) return null;
    return typeof v === "string"
      ? v
      : typeof (v as Node)["#text"] === "string"
        ? ((v as Node)["#text"] as string)
        : "";
  }
}

const list = (node: Node, name: string): Node[] =>
  Array.isArray(node[name]) ? (node[name] as Node[]) : [];

function codesOf(
  r: Reader,
  parentNode: Node,
  parentPath: string,
  parent: string | null,
  out: QdeCode[],
) {
  list(parentNode, "Code").forEach((node, i) => {
    const path = `${parentPath}/Code[${i + 1}]`;
    const guid = r.guid(node, path);
    const name = r.attr(node, path, "name", true);
    const codable = r.attr(node, path, "isCodable", true);
    if (codable !== null && !["true", "false", "1", "0"].includes(codable))
      r.fail(`${path}/@isCodable`, `must be true or false (given "${codable}")`);
    let colour = r.attr(node, path, "color", false);
    if (colour !== null && !/^#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})$/.test(colour))
      r.fail(`${path}/@color`, `must be #rrggbb or #rgb (given "${colour}")`);
    if (colour?.length === 4) colour = `#${[...colour.slice(1)].map((c) => c + c).join("")}`;
    if (guid && name)
      out.push({
        guid,
        name: name.trim(),
        description: r.text(node, "Description")?.trim() || null,
        colour: colour?.toLowerCase() ?? null,
        parent,
        codable: codable === "true" || codable === "1",
        path,
      });
    codesOf(r, node, path, guid, out);
  });
}

function sourceTextOf(r: Reader, node: Node, path: string): string | null {
  const content = r.text(node, "PlainTextContent");
  const file = r.attr(node, path, "plainTextPath", false);
  if ((content === null) === (file === null)) {
    r.fail(path, "needs exactly one of PlainTextContent and @plainTextPath");
    return null;
  }
  if (content !== null) return content;
  const inside = /^internal:\/\/(.+)$/.exec(file as string);
  const bytes = inside ? r.files.get(`sources/${inside[1]}`) : undefined;
  if (!bytes) {
    r.fail(
      `${path}/@plainTextPath`,
      inside
        ? `names sources/${inside[1]}, which is not in the .qdpx file`
        : `must be internal://… (a file inside the .qdpx); given "${file}"`,
    );
    return null;
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    r.fail(`${path}/@plainTextPath`, `sources/${inside?.[1]} is not UTF-8 text`);
    return null;
  }
}

function codingsOf(r: Reader, node: Node, path: string): string[] {
  return list(node, "Coding").flatMap((coding, i) => {
    const at = `${path}/Coding[${i + 1}]`;
    const ref = coding.CodeRef as Node | undefined;
    if (!ref || typeof ref !== "object") {
      r.fail(at, "needs a CodeRef");
      return [];
    }
    const target = r.guid(ref, `${at}/CodeRef`, "targetGUID");
    return target ? [target] : [];
  });
}

function sourcesOf(r: Reader, sourcesNode: Node): QdeSource[] {
  for (const other of ["PictureSource", "PDFSource", "AudioSource", "VideoSource"])
    if (list(sourcesNode, other).length)
      r.fail(
        `Project/Sources/${other}[1]`,
        "only text sources can become evidence items; remove pictures, PDFs, audio and video from the export",
      );
  return list(sourcesNode, "TextSource").flatMap((node, i) => {
    const path = `Project/Sources/TextSource[${i + 1}]`;
    const guid = r.guid(node, path);
    const text = sourceTextOf(r, node, path);
    const length = text === null ? 0 : Array.from(text).length;
    const selections: QdeSelection[] = list(node, "PlainTextSelection").map((sel, j) => {
      const at = `${path}/PlainTextSelection[${j + 1}]`;
      r.guid(sel, at);
      const [start, end] = ["startPosition", "endPosition"].map((name) => {
        const v = r.attr(sel, at, name, true);
        if (v !== null && !/^\d+$/.test(v.trim()))
          r.fail(`${at}/@${name}`, `must be a whole number (given "${v}")`);
        return Number(v);
      }) as [number, number];
      if (
        text !== null &&
        Number.isInteger(start) &&
        Number.isInteger(end) &&
        !(start <= end && end <= length)
      )
        r.fail(at, `positions ${start}–${end} do not fit the source's ${length} characters`);
      return { start, end, codes: codingsOf(r, sel, at), path: at };
    });
    const whole = codingsOf(r, node, path);
    if (whole.length) selections.push({ start: 0, end: length, codes: whole, path });
    const name = r.attr(node, path, "name", false)?.trim() || `source-${i + 1}`;
    return guid && text !== null
      ? [
          {
            guid,
            name,
            description: r.text(node, "Description")?.trim() || null,
            text,
            selections,
            path,
          },
        ]
      : [];
  });
}

/** Checks that GUIDs are unique and every coding names a code that may be coded. */
function crossCheck(r: Reader, project: QdeProject) {
  const codes = new Map<string, QdeCode>();
  for (const c of project.codes) {
    if (codes.has(c.guid))
      r.fail(`${c.path}/@guid`, `repeats the GUID of ${codes.get(c.guid)?.path}`);
    codes.set(c.guid, c);
  }
  for (const s of project.sources)
    for (const sel of s.selections)
      for (const g of sel.codes) {
        const code = codes.get(g);
        if (!code)
          r.fail(
            `${sel.path}`,
            `a Coding's CodeRef names GUID ${g}, which is no Code of the CodeBook`,
          );
        else if (!code.codable)
          r.fail(`${sel.path}`, `codes with '${code.name}', whose isCodable is false`);
      }
}

/** Reads project.qde of an unzipped .qdpx; every problem is named by its element path. */
export function qdeRead(files: Map<string, Uint8Array>): QdeProject {
  const bytes = files.get("project.qde");
  if (!bytes)
    throw invalid("The .qdpx file has no project.qde at its top level", [
      { path: "project.qde", message: "missing" },
    ]);
  const xml = new TextDecoder("utf-8").decode(bytes);
  // REFI-QDA needs no DTD; refusing one rules out entity-expansion attacks.
  if (/<!DOCTYPE/i.test(xml))
    throw invalid("project.qde declares a DOCTYPE, which REFI-QDA does not use; it is refused", [
      { path: "project.qde", message: "<!DOCTYPE> not allowed" },
    ]);
  const valid = XMLValidator.validate(xml);
  if (valid !== true)
    throw invalid("project.qde is not well-formed XML", [
      {
        path: `project.qde line ${valid.err.line}, column ${valid.err.col}`,
        message: valid.err.msg,
      },
    ]);
  const doc = parser.parse(xml) as Node;
  const root = doc.Project as Node | undefined;
  if (!root || typeof root !== "object")
    throw invalid("project.qde is not a REFI-QDA project", [
      { path: "Project", message: "the root element must be Project" },
    ]);
  const r = new Reader(files);
  // The parser drops namespace declarations (removeNSPrefix), so the start tag is read as text.
  if (!/<(\w+:)?Project\b[^>]*\bxmlns(:\w+)?=["']urn:QDA-XML:project:1\.0["']/.test(xml))
    r.fail("Project/@xmlns", "must declare the REFI-QDA namespace urn:QDA-XML:project:1.0");
  const name = r.attr(root, "Project", "name", true) ?? "";
  const codes: QdeCode[] = [];
  const codebook = root.CodeBook as Node | undefined;
  if (codebook && typeof codebook === "object") {
    const codesNode = codebook.Codes as Node | undefined;
    if (!codesNode || typeof codesNode !== "object")
      r.fail("Project/CodeBook/Codes", "is required inside CodeBook");
    else codesOf(r, codesNode, "Project/CodeBook/Codes", null, codes);
  }
  const sourcesNode = root.Sources as Node | undefined;
  const sources = sourcesNode && typeof sourcesNode === "object" ? sourcesOf(r, sourcesNode) : [];
  const project = { name, codes, sources };
  crossCheck(r, project);
  if (r.problems.length)
    throw invalid("The .qdpx project is not valid; nothing was imported", r.problems);
  return project;
}
