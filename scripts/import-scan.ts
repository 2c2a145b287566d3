/**
 * The imports of one TypeScript or JavaScript source, read from its syntax tree (rolldown's parser,
 * oxc) rather than matched by a pattern, so comments and strings never count and every form is seen.
 */
import { parseSync } from "rolldown/utils";

/** How a module is named in the source; every kind counts, type-only imports included. */
export type ImportKind =
  | "import"
  | "side-effect"
  | "re-export"
  | "dynamic import()"
  | "require"
  | "type import()";

/** One module a file names: the specifier (null when computed at run time), its kind and line. */
export interface ImportRef {
  spec: string | null;
  kind: ImportKind;
  line: number;
}

type Node = { type: string; start: number; [key: string]: unknown };

function isNode(value: unknown): value is Node {
  return typeof value === "object" && value !== null && typeof (value as Node).type === "string";
}

/** The text of a string literal or of a template literal without substitutions; null for anything else. */
function literalOf(node: unknown): string | null {
  if (!isNode(node)) return null;
  if (node.type === "Literal" && typeof node.value === "string") return node.value;
  if (node.type === "TSLiteralType") return literalOf(node.literal);
  const quasis = node.quasis as { value: { cooked: string } }[] | undefined;
  if (node.type === "TemplateLiteral" && quasis?.length === 1)
    return quasis[0]?.value.cooked ?? null;
  return null;
}

/** The module a node names and how, or null when the node names none. */
function referenceOf(node: Node): { spec: string | null; kind: ImportKind } | null {
  switch (node.type) {
    case "ImportDeclaration": {
      const bare = (node.specifiers as unknown[]).length === 0 && node.importKind !== "type";
      return { spec: literalOf(node.source), kind: bare ? "side-effect" : "import" };
    }
    case "ExportAllDeclaration":
    case "ExportNamedDeclaration":
      return node.source ? { spec: literalOf(node.source), kind: "re-export" } : null;
    case "ImportExpression":
      return { spec: literalOf(node.source), kind: "dynamic import()" };
    case "TSExternalModuleReference":
      return { spec: literalOf(node.expression), kind: "require" };
    case "TSImportType":
      return { spec: literalOf(node.source ?? node.argument), kind: "type import()" };
    case "CallExpression": {
      const callee = node.callee as Node;
      if (callee.type !== "Identifier" || callee.name !== "require") return null;
      return { spec: literalOf((node.arguments as unknown[])[0]), kind: "require" };
    }
    default:
      return null;
  }
}

/** Every module a TypeScript or JavaScript source names; throws naming the file when it does not parse. */
export function importsOf(text: string, filename: string): ImportRef[] {
  const lang = filename.endsWith("x") ? "tsx" : "ts";
  const parsed = parseSync(filename, text, { lang, sourceType: "module" });
  const error = parsed.errors[0];
  if (error) throw new Error(`${filename}: cannot be parsed: ${error.message}`);
  const found: ImportRef[] = [];
  const lineOf = (offset: number) => text.slice(0, offset).split("\n").length;
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const item of value) visit(item);
      return;
    }
    if (!isNode(value)) return;
    const ref = referenceOf(value);
    if (ref) found.push({ ...ref, line: lineOf(value.start) });
    for (const key of Object.keys(value)) if (typeof value[key] === "object") visit(value[key]);
  };
  visit(parsed.program);
  return found;
}
