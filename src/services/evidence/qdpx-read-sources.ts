import {
  list,
  type Node,
  type QdeSelection,
  type QdeSource,
  type Reader,
} from "./qdpx-read-kit.ts";

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

/** The project's text sources; other kinds of source are refused, not dropped. */
export function sourcesOf(r: Reader, sourcesNode: Node): QdeSource[] {
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
