/**
 * Worker threads that run a sibling module, from built JavaScript (dist/) or from TypeScript source
 * (tests and `npx tsx`). Built code loads the `.js` file directly; source loads the `.ts` file through
 * tsx's API, because `--import tsx` in a worker's execArgv does not reach the worker's entry module on
 * Node 20. tsx is a development dependency, so it is resolved only when running from source.
 */

import type { Worker } from "node:worker_threads";

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

/**
 * Posts one message to `worker` and resolves with its next answer (rejects on the worker's error);
 * the listeners are removed either way, so the worker can take the next request.
 */
export function workerRequest<T, M = unknown>(worker: Worker, message: M): Promise<T> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error) => {
      worker.off("message", onMessage);
      reject(error);
    };
    const onMessage = (answer: T) => {
      worker.off("error", onError);
      resolve(answer);
    };
    worker.once("message", onMessage);
    worker.once("error", onError);
    worker.postMessage(message);
  });
}
