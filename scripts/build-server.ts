/**
 * Builds the server and CLI to JavaScript in dist/ (decision 0019): TypeScript's own emit, one file per
 * source file, so worker threads and the data files beside the code keep their relative paths.
 * `dist/` mirrors `src/` one level below the repository root, so `../../../schemas` from a module
 * reaches the same folder from either tree.
 */
import { execFileSync } from "node:child_process";
import { cpSync, readdirSync, rmSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { bundleInPlace, CACHE_DELAY_MS, SERVE_ENTRY, sizeOf } from "./bundle-serve.ts";

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

/**
 * Loads the serve bundle once as `partnerscope serve` does (runtime tuned first: V8 refuses a cache
 * made under other flags) and waits for it to write its code cache, so the first start uses it too.
 */
function warmCodeCache(entry: string): void {
  const runtime = pathToFileURL(join(DIST, "cli", "runtime.js")).href;
  const script = `const { tuneRuntime } = await import(${JSON.stringify(runtime)}); tuneRuntime();
await import(${JSON.stringify(pathToFileURL(entry).href)});
await new Promise((resolve) => setTimeout(resolve, ${CACHE_DELAY_MS + 500}));`;
  execFileSync(process.execPath, ["--input-type=module", "-e", script], { stdio: "inherit" });
}

/**
 * Empties dist/, compiles src/ with tsconfig.build.json, copies the data files beside the code and
 * bundles the serve command's module graph into one file (scripts/bundle-serve.ts, issue 18).
 */
export async function buildServer(): Promise<number> {
  rmSync(DIST, { recursive: true, force: true });
  const tsc = join(ROOT, "node_modules", ".bin", "tsc");
  execFileSync(tsc, ["-p", join(ROOT, "tsconfig.build.json")], { stdio: "inherit" });
  const assets = assetFiles(SRC);
  for (const file of assets) cpSync(file, join(DIST, relative(SRC, file)));
  const entry = SERVE_ENTRY(DIST);
  const modules = await bundleInPlace(entry);
  const bundle = entry.replace(/\.js$/, "-bundle.cjs");
  const megabytes = (sizeOf(bundle) / 1e6).toFixed(1);
  console.log(`${relative(ROOT, bundle)}: ${modules} modules in one file (${megabytes} MB)`);
  warmCodeCache(entry);
  return assets.length;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await buildServer();
