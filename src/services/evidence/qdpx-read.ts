import { XMLParser, XMLValidator } from "fast-xml-parser";
import { invalid } from "../errors.ts";
import { ARRAYS, list, type Node, type QdeCode, type QdeProject, Reader } from "./qdpx-read-kit.ts";
import { sourcesOf } from "./qdpx-read-sources.ts";

export type { QdeCode, QdeProject, QdeSelection, QdeSource } from "./qdpx-read-kit.ts";

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

/** The Project element of project.qde, once the XML is known to be well-formed and DTD-free. */
function projectRootOf(files: Map<string, Uint8Array>): { xml: string; root: Node } {
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
  const root = (parser.parse(xml) as Node).Project as Node | undefined;
  if (!root || typeof root !== "object")
    throw invalid("project.qde is not a REFI-QDA project", [
      { path: "Project", message: "the root element must be Project" },
    ]);
  return { xml, root };
}

/** The CodeBook's codes, depth first (parents before children). */
function codebookOf(r: Reader, root: Node): QdeCode[] {
  const codes: QdeCode[] = [];
  const codebook = root.CodeBook as Node | undefined;
  if (!codebook || typeof codebook !== "object") return codes;
  const codesNode = codebook.Codes as Node | undefined;
  if (!codesNode || typeof codesNode !== "object")
    r.fail("Project/CodeBook/Codes", "is required inside CodeBook");
  else codesOf(r, codesNode, "Project/CodeBook/Codes", null, codes);
  return codes;
}

/** Reads project.qde of an unzipped .qdpx; every problem is named by its element path. */
export function qdeRead(files: Map<string, Uint8Array>): QdeProject {
  const { xml, root } = projectRootOf(files);
  const r = new Reader(files);
  // The parser drops namespace declarations (removeNSPrefix), so the start tag is read as text.
  if (!/<(\w+:)?Project\b[^>]*\bxmlns(:\w+)?=["']urn:QDA-XML:project:1\.0["']/.test(xml))
    r.fail("Project/@xmlns", "must declare the REFI-QDA namespace urn:QDA-XML:project:1.0");
  const name = r.attr(root, "Project", "name", true) ?? "";
  const codes = codebookOf(r, root);
  const sourcesNode = root.Sources as Node | undefined;
  const sources = sourcesNode && typeof sourcesNode === "object" ? sourcesOf(r, sourcesNode) : [];
  const project = { name, codes, sources };
  crossCheck(r, project);
  if (r.problems.length)
    throw invalid("The .qdpx project is not valid; nothing was imported", r.problems);
  return project;
}
