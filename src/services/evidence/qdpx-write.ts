import type { Code, CodedEvidence } from "../../shared/codebook.ts";
import { codesInTreeOrder } from "./codebook-tree.ts";
import { guidOf } from "./qdpx-guid.ts";

/** Text safe inside an XML element or a double-quoted attribute. */
export function xmlEscape(text: string): string {
  return text.replace(
    /[&<>"]/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c] as string,
  );
}

/** The Description lines an exported source carries, read back by an import (qdpx-read.ts). */
export function sourceDescriptionOf(item: CodedEvidence): string {
  const lines = [
    ["Kind", item.kind],
    ["Source", item.source],
    ["Date", item.date],
    ["Partnership", item.partnership],
    ["Organisation", item.organisation],
  ].filter(([, v]) => v);
  return lines.map(([k, v]) => `${k}: ${v}`).join("\n");
}

function codeXml(codes: readonly Code[], code: Code, indent: string): string {
  const children = codesInTreeOrder(codes.filter((c) => c.parent === code.id)).filter(
    ({ depth }) => depth === 0,
  );
  const colour = code.colour ? ` color="${code.colour}"` : "";
  const open = `${indent}<Code guid="${guidOf("code", code.id)}" name="${xmlEscape(code.name)}" isCodable="true"${colour}`;
  const description = code.description
    ? `${indent}  <Description>${xmlEscape(code.description)}</Description>\n`
    : "";
  const inner = children.map(({ code: child }) => codeXml(codes, child, `${indent}  `)).join("");
  return description || inner
    ? `${open}>\n${description}${inner}${indent}</Code>\n`
    : `${open}/>\n`;
}

function sourceXml(item: CodedEvidence): string {
  const guid = guidOf("source", item.id);
  const length = Array.from(item.text).length;
  const codings = (item.codes ?? [])
    .map(
      (code) =>
        `        <Coding guid="${guidOf("coding", `${item.id}/${code}`)}">\n          <CodeRef targetGUID="${guidOf("code", code)}"/>\n        </Coding>\n`,
    )
    .join("");
  const selection = codings
    ? `      <PlainTextSelection guid="${guidOf("selection", item.id)}" startPosition="0" endPosition="${length}">\n${codings}      </PlainTextSelection>\n`
    : "";
  return `    <TextSource guid="${guid}" name="${xmlEscape(item.id)}" plainTextPath="internal://${guid}.txt">\n      <Description>${xmlEscape(sourceDescriptionOf(item))}</Description>\n${selection}    </TextSource>\n`;
}

/**
 * A REFI-QDA project (project.qde) and its text files: the codebook as the code hierarchy, each
 * evidence item a text source in sources/, coded as one selection spanning its whole text.
 */
export function qdpxFilesOf(
  projectName: string,
  codes: readonly Code[],
  items: readonly CodedEvidence[],
) {
  const top = codesInTreeOrder(codes).filter(({ depth }) => depth === 0);
  const xml = [
    '<?xml version="1.0" encoding="utf-8"?>\n',
    `<Project xmlns="urn:QDA-XML:project:1.0" name="${xmlEscape(projectName)}" origin="partnerscope">\n`,
    // The schema wants at least one Code inside Codes: an empty codebook writes no CodeBook.
    top.length
      ? `  <CodeBook>\n    <Codes>\n${top.map(({ code }) => codeXml(codes, code, "      ")).join("")}    </Codes>\n  </CodeBook>\n`
      : "",
    items.length ? `  <Sources>\n${items.map(sourceXml).join("")}  </Sources>\n` : "",
    "</Project>\n",
  ].join("");
  const files: Record<string, string> = { "project.qde": xml };
  for (const item of items) files[`sources/${guidOf("source", item.id)}.txt`] = item.text;
  return files;
}
