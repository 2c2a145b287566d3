/**
 * Lint rule for the layers (docs/decisions/0001-layers-and-lint.md): parses every source file of
 * `src/<layer>/` and `web/src/` (`import-scan.ts`, rolldown's parser) and checks each import against the
 * layer's allow-list in `layer-rules.ts`. Exits 1 naming the file, line and import that breaks it.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { builtinModules } from "node:module";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { type ImportRef, importsOf } from "./import-scan.ts";
import {
  EXCEPTIONS,
  LAYER_TEST_EXTRAS,
  LAYERS,
  type Layer,
  type LayerRule,
  RULES,
  TEST_EXTRAS,
} from "./layer-rules.ts";

/** The layer a path is in, or for a path outside every layer its top folder (`test`, `bench`, …). */
export function layerOf(root: string, file: string): string {
  const parts = relative(root, file).split("/");
  if (parts[0] === "web" && parts[1] === "src") return "web";
  if (parts[0] === "src" && (LAYERS as readonly string[]).includes(parts[1] ?? ""))
    return parts[1] as string;
  return parts[0] ?? "";
}

const NODE_BUILTINS = new Set(builtinModules);

/** The built-in module a specifier names (`node:fs/promises` and bare `fs` both give `fs`), or null. */
export function builtinOf(spec: string): string | null {
  const bare = spec.startsWith("node:") ? spec.slice(5) : spec;
  const base = bare.split("/")[0] ?? bare;
  return spec.startsWith("node:") || NODE_BUILTINS.has(base) ? base : null;
}

/** The npm package a specifier names: `@scope/name` or `name`, without a subpath. */
function packageOf(spec: string): string {
  const parts = spec.split("/");
  return (spec.startsWith("@") ? parts.slice(0, 2) : parts.slice(0, 1)).join("/");
}

function merged(...rules: (LayerRule | undefined)[]): LayerRule {
  const present = rules.filter((rule): rule is LayerRule => rule !== undefined);
  return {
    layers: present.flatMap((rule) => rule.layers),
    packages: present.flatMap((rule) => rule.packages),
    node: present.flatMap((rule) => rule.node),
  };
}

function packageAllowed(name: string, allowed: readonly string[]): boolean {
  return allowed.some(
    (entry) => entry === name || (entry.endsWith("/*") && name.startsWith(entry.slice(0, -1))),
  );
}

/** Why one import breaks its file's rule, or null when the rule allows it. */
function breachOf(root: string, file: string, layer: Layer, ref: ImportRef): string | null {
  const where = relative(root, file);
  if (ref.spec === null) return `the ${layer} layer may not name a module computed at run time`;
  const spec = ref.spec;
  const rule = /\.test\.tsx?$/.test(file)
    ? merged(RULES[layer], TEST_EXTRAS, LAYER_TEST_EXTRAS[layer])
    : RULES[layer];
  if (EXCEPTIONS.some((known) => known.file === where && known.spec === spec)) return null;
  if (spec.startsWith(".") || spec.startsWith("/")) {
    const target = layerOf(root, resolve(dirname(file), spec));
    if (target === layer || rule.layers.includes(target)) return null;
    return `the ${layer} layer may not import from ${target || "outside the repository"} (${spec})`;
  }
  const builtin = builtinOf(spec);
  if (builtin !== null) {
    return rule.node.includes(builtin)
      ? null
      : `the ${layer} layer may not import the Node module ${spec}`;
  }
  if (packageAllowed(packageOf(spec), rule.packages)) return null;
  return `the ${layer} layer may not import the package ${spec} (not in its allow-list)`;
}

function* sourceFiles(dir: string): Generator<string> {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return; // a tree without this folder (the checker's own tests plant partial trees)
  }
  for (const entry of entries) {
    if (entry === "node_modules" || entry === "dist") continue;
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) yield* sourceFiles(path);
    else if (/\.(ts|tsx|mts|cts|js|mjs|cjs|jsx)$/.test(entry)) yield path;
  }
}

/** Every breach of the layer rules under `root`, one line each: `file:line: why (kind)`. */
export function checkLayers(root: string): string[] {
  const failures: string[] = [];
  for (const top of ["src", "web/src"]) {
    for (const file of sourceFiles(join(root, top))) {
      const layer = layerOf(root, file);
      if (!(LAYERS as readonly string[]).includes(layer)) continue;
      const where = relative(root, file);
      try {
        for (const ref of importsOf(readFileSync(file, "utf8"), file)) {
          const breach = breachOf(root, file, layer as Layer, ref);
          if (breach) failures.push(`${where}:${ref.line}: ${breach} (${ref.kind})`);
        }
      } catch (error) {
        failures.push(`${where}: ${(error as Error).message}`);
      }
    }
  }
  return failures;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const failures = checkLayers(resolve(dirname(fileURLToPath(import.meta.url)), ".."));
  if (failures.length) {
    console.error(failures.join("\n"));
    process.exit(1);
  }
  console.log("layers: every import flows the allowed way");
}
