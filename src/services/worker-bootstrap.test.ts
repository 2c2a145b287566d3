import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { afterAll, describe, expect, it } from "vitest";
import { workerBootstrap, workerModuleUrl } from "./worker-bootstrap.ts";

const dir = mkdtempSync(join(tmpdir(), "partnerscope-worker-bootstrap-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Runs the bootstrap for `url` and resolves with the worker's first message.
function firstMessage(url: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerBootstrap(url), { eval: true });
    worker.once("message", (message) => {
      resolve(message);
      void worker.terminate();
    });
    worker.once("error", reject);
  });
}

describe("workerModuleUrl", () => {
  it("keeps the caller's extension: .js from dist, .ts from source", () => {
    expect(workerModuleUrl("w", "file:///app/dist/services/pool.js")).toBe(
      "file:///app/dist/services/w.js",
    );
    expect(workerModuleUrl("w", "file:///app/src/services/pool.ts")).toBe(
      "file:///app/src/services/w.ts",
    );
  });
});

describe("workerBootstrap", () => {
  it("imports a built .js worker directly, without tsx", async () => {
    const file = join(dir, "plain.js");
    writeFileSync(
      file,
      `import { parentPort } from "node:worker_threads"; parentPort.postMessage("js " + (6 * 7));`,
    );
    const url = pathToFileURL(file).href;
    expect(workerBootstrap(url)).not.toContain("tsx");
    expect(await firstMessage(url)).toBe("js 42");
  });

  it("loads a TypeScript worker through tsx", async () => {
    const file = join(dir, "typed.ts");
    writeFileSync(
      file,
      `import { parentPort } from "node:worker_threads";\nconst n: number = 6 * 7;\nparentPort!.postMessage(\`ts \${n}\`);`,
    );
    const url = pathToFileURL(file).href;
    expect(workerBootstrap(url)).toContain("tsImport");
    expect(await firstMessage(url)).toBe("ts 42");
  });
});
