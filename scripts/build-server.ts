/**
 * Builds the server and CLI to JavaScript in dist/ (decision 0019): TypeScript's own emit, one file per
 * source file, so worker threads and the data files beside the code keep their relative paths.
 * `dist/` mirrors `src/` one level below the repository root, so `../../../schemas` from a module
 * reaches the same folder from either tree.
 */
import { execFileSync } from "node:child_process";
import { cpSync, readdirSync, rmSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const SRC = join(ROOT, "src");
const DIST = join(ROOT, "dist");
// Source files that tsc compiles; everything else under src/ (JSON, text, licences) is copied as is.
const CODE = /\.(ts|tsx)$/;

/** Every non-code file under `dir` (data the modules read at run time by a URL beside them). */
export function assetFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return assetFiles(path);
    return CODE.test(name) ? [] : [path];
  });
}

/** Empties dist/, compiles src/ with tsconfig.build.json and copies the data files beside the code. */
export function buildServer(): number {
  rmSync(DIST, { recursive: true, force: true });
  const tsc = join(ROOT, "node_modules", ".bin", "tsc");
  execFileSync(tsc, ["-p", join(ROOT, "tsconfig.build.json")], { stdio: "inherit" });
  const assets = assetFiles(SRC);
  for (const file of assets) cpSync(file, join(DIST, relative(SRC, file)));
  return assets.length;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) buildServer();
