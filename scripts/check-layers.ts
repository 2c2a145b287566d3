/**
 * Lint rule for the layers (docs/ARCHITECTURE.md): imports flow engine ← store ← services ← {api, cli};
 * shared is imported by all; web imports only shared. Exits 1 naming each import that breaks it.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

const root = resolve(dirname(new URL(import.meta.url).pathname), "..");

/** For each layer, the layers it may import (itself always allowed). */
const ALLOWED: Record<string, string[]> = {
  shared: [],
  engine: ["shared"],
  store: ["engine", "shared"],
  services: ["store", "engine", "shared"],
  api: ["services", "engine", "shared"],
  cli: ["api", "services", "engine", "shared"],
  web: ["shared"],
};
/** Packages the pure layers must never import. */
const FORBIDDEN_PACKAGES: Record<string, RegExp> = {
  shared: /^(node:|kysely|fastify|react|pg$|better-sqlite3)/,
  engine: /^(node:|kysely|fastify|@fastify|react|pg$|better-sqlite3|exceljs)/,
  web: /^(node:|kysely|fastify|@fastify|pg$|better-sqlite3)/,
};

function layerOf(file: string): string | null {
  const rel = relative(root, file).split("/");
  if (rel[0] === "web") return "web";
  if (rel[0] === "src" && rel[1] && rel[1] in ALLOWED) return rel[1];
  return null;
}

function* sourceFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir)) {
    if (entry === "node_modules" || entry === "dist") continue;
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) yield* sourceFiles(path);
    else if (/\.(ts|tsx)$/.test(entry) && !/\.test\.tsx?$/.test(entry)) yield path;
  }
}

const failures: string[] = [];
for (const top of ["src", "web/src"]) {
  for (const file of sourceFiles(join(root, top))) {
    const layer = layerOf(file);
    if (!layer) continue;
    const text = readFileSync(file, "utf8");
    for (const match of text.matchAll(/(?:import|export)[^'"]*?from\s+["']([^"']+)["']/g)) {
      const spec = match[1]!;
      const where = relative(root, file);
      if (spec.startsWith(".")) {
        const target = layerOf(resolve(dirname(file), spec));
        if (target && target !== layer && !ALLOWED[layer]!.includes(target))
          failures.push(`${where}: the ${layer} layer may not import from ${target} (${spec})`);
      } else if (FORBIDDEN_PACKAGES[layer]?.test(spec)) {
        failures.push(`${where}: the ${layer} layer must stay pure and may not import ${spec}`);
      }
    }
  }
}
if (failures.length) {
  console.error(failures.join("\n"));
  process.exit(1);
}
console.log("layers: every import flows the allowed way");
