import type { Problem } from "../../shared/index.ts";
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

/** A parsed XML element: attributes as `@name`, children by element name. */
export type Node = Record<string, unknown>;
/** Elements that may repeat: always read as lists. */
export const ARRAYS = new Set([
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
/** Reads values off nodes, noting each problem at its path. */
export class Reader {
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

/** The child elements called `name` (none when absent). */
export const list = (node: Node, name: string): Node[] =>
  Array.isArray(node[name]) ? (node[name] as Node[]) : [];
