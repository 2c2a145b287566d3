/**
 * Worker threads that run a sibling module, from built JavaScript (dist/) or from TypeScript source
 * (tests and `npx tsx`). Built code loads the `.js` file directly; source loads the `.ts` file through
 * tsx's API, because `--import tsx` in a worker's execArgv does not reach the worker's entry module on
 * Node 20. tsx is a development dependency, so it is resolved only when running from source.
 */

/** The URL of the worker module `name` beside `base` (an import.meta.url), with the same extension. */
export function workerModuleUrl(name: string, base: string): string {
  const extension = new URL(base).pathname.endsWith(".ts") ? ".ts" : ".js";
  return new URL(`./${name}${extension}`, base).href;
}

/** The source of an `eval: true` worker that imports the module at `url` (TypeScript via tsx). */
export function workerBootstrap(url: string): string {
  if (!new URL(url).pathname.endsWith(".ts")) return `import(${JSON.stringify(url)});`;
  const tsxApi = import.meta.resolve("tsx/esm/api");
  return `import(${JSON.stringify(tsxApi)}).then((api) => api.tsImport(${JSON.stringify(url)}, ${JSON.stringify(url)}));`;
}
