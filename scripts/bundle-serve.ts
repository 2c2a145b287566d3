/**
 * Bundles the server's start path (issue 18: first answer < 1 s). `partnerscope serve` imported
 * about 1,050 ES modules and 1,030 CommonJS files one by one, and Node 20 spends most of a start
 * resolving, reading and linking them; one file of the same code starts in about half the CPU time.
 * The bundle (CommonJS, serve-bundle.cjs) is loaded by a small module written over
 * dist/cli/commands/serve.js (the module the CLI imports to serve) through V8's code cache, which
 * spares compiling it again at each start; the other commands, the worker threads and the tests
 * still run the one-file-per-source build.
 * Every module's `import.meta.url` is rewritten to its own file's URL beside the bundle, so the data
 * files, schemas and worker modules it names by relative URL are found as before (decision 0019).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { basename, dirname, join, relative, sep } from "node:path";
import { rolldown } from "rolldown";

/**
 * Packages left to Node: native addons, packages that find files beside their own code
 * (`__dirname`: swagger-ui's assets) and tsx (resolved only for a `.ts` worker). The build refuses
 * to bundle any other package that does, unless listed in OWN_PATH_HARMLESS.
 */
export const EXTERNAL_PACKAGES = [
  "better-sqlite3",
  "@node-rs/argon2",
  "@fastify/swagger-ui",
  "tsx",
];

/**
 * Package files that name their own folder harmlessly here, checked by hand: pino's and
 * thread-stream's only when a log transport's worker is started (the server sets up no transport),
 * swagger's falls back to `{}` when the package.json
 * it looks for is not there (only for a default title and version; the app gives both).
 */
export const OWN_PATH_HARMLESS = [
  "node_modules/pino/lib/transport.js",
  "node_modules/thread-stream/index.js",
  "node_modules/@fastify/swagger/lib/util/read-package-json.js",
];

const BUILTINS = new Set(builtinModules);

/** Whether an import specifier stays an import in the bundle (a Node built-in or an external package). */
export function isExternal(spec: string): boolean {
  if (spec.startsWith("node:")) return true;
  if (spec.startsWith(".") || spec.startsWith("/") || spec.startsWith("\0")) return false;
  const parts = spec.split("/");
  const name = spec.startsWith("@") ? parts.slice(0, 2).join("/") : (parts[0] ?? spec);
  return BUILTINS.has(name) || EXTERNAL_PACKAGES.includes(name);
}

/** Whether CommonJS code names its own folder or file (outside comments). */
export function usesOwnPath(code: string): boolean {
  return code
    .split("\n")
    .some((line) => /\b__(dirname|filename)\b/.test(line) && !/^\s*(\/\/|\/\*|\*)/.test(line));
}

/** `import.meta.url` of the module at `file`, as an expression valid inside the bundle at `bundle`. */
export function moduleUrlExpression(bundle: string, file: string): string {
  const rel = relative(dirname(bundle), file).split(sep).join("/");
  return `new URL(${JSON.stringify(rel.startsWith(".") ? rel : `./${rel}`)}, import.meta.url).href`;
}

/**
 * Bundles `entry` (a module of dist/) into `<name>-bundle.cjs` beside it and writes over `entry` a
 * module that loads the bundle (`loaderSource`); returns the number of modules bundled.
 */
export async function bundleInPlace(entry: string): Promise<number> {
  const root = dirname(dirname(dirname(entry)));
  let modules = 0;
  const bundle = await rolldown({
    input: entry,
    platform: "node",
    logLevel: "warn",
    // The URL rewrite keeps every line where it was, so the source maps still point right.
    // `import.meta.resolve` (worker-bootstrap.ts) only serves a `.ts` worker, never the built one.
    onLog: (level, log, handler) => {
      if (log.code !== "SOURCEMAP_BROKEN" && log.code !== "EMPTY_IMPORT_META") handler(level, log);
    },
    external: isExternal,
    plugins: [
      {
        name: "module-url",
        transform(code, id) {
          if (!id.startsWith("\0")) modules += 1; // not rolldown's own helpers
          if (id.includes(`${sep}node_modules${sep}`)) {
            // A package that finds its files beside its code would look beside the bundle instead.
            const harmless = OWN_PATH_HARMLESS.some((f) => id.split(sep).join("/").endsWith(f));
            if (!harmless && usesOwnPath(code))
              throw new Error(`${id} uses __dirname: add its package to EXTERNAL_PACKAGES`);
            return null;
          }
          if (!id.startsWith(root) || !code.includes("import.meta.url")) return null;
          return { code: code.replaceAll("import.meta.url", moduleUrlExpression(entry, id)) };
        },
      },
    ],
  });
  const bundleFile = entry.replace(/\.js$/, "-bundle.cjs");
  const { output } = await bundle.write({
    file: bundleFile,
    // CommonJS, because Node 20 keeps V8's code cache only for scripts, not ES modules.
    format: "cjs",
    sourcemap: true,
    codeSplitting: false,
    // Half the bytes for V8 to scan at each start (about 0.1 s of CPU); names are kept, because
    // errors and plugins read them, and nothing is rewritten beyond spacing and local names.
    minify: { compress: false, mangle: { keepNames: true } },
  });
  await bundle.close();
  writeFileSync(entry, loaderSource(basename(bundleFile), output[0].exports));
  return modules;
}

/**
 * The module that stands for the bundle: compiles it with V8's code cache (`<bundle>.v8-cache`)
 * when there is one, runs it as CommonJS and re-exports `names`. A missing or stale cache (another
 * Node version or V8 flags) is written a few seconds later, once the start's functions are compiled.
 */
export function loaderSource(bundle: string, names: string[]): string {
  return `// Written by scripts/bundle-serve.ts: loads ${bundle} through V8's code cache (issue 18).
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { Script } from "node:vm";

const file = fileURLToPath(new URL(${JSON.stringify(`./${bundle}`)}, import.meta.url));
const cacheFile = \`\${file}.v8-cache\`;
const cachedData = existsSync(cacheFile) ? readFileSync(cacheFile) : undefined;
const wrapped = \`(function (exports, require, module, __filename, __dirname) {\${readFileSync(file, "utf8")}\n})\`;
const script = new Script(wrapped, {
  filename: file,
  cachedData,
  // The bundle's own import() calls (node: built-ins) go through this module's loader.
  importModuleDynamically: (specifier) => import(specifier),
});
const module = { exports: {} };
script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
if (cachedData === undefined || script.cachedDataRejected) {
  const write = () => {
    try {
      writeFileSync(cacheFile, script.createCachedData());
    } catch {
      // A read-only install starts without the cache: slower, never wrong.
    }
  };
  setTimeout(write, ${CACHE_DELAY_MS}).unref();
}
export const { ${names.join(", ")} } = module.exports;
`;
}

/** How long after loading the bundle its code cache is written (the start's functions compiled by then). */
export const CACHE_DELAY_MS = 3000;

/** The bundle's size in bytes (for the build's log line). */
export const sizeOf = (file: string) => readFileSync(file).length;

export const SERVE_ENTRY = (dist: string) => join(dist, "cli", "commands", "serve.js");
