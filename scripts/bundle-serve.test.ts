import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import {
  bundleInPlace,
  CACHE_DELAY_MS,
  isExternal,
  moduleUrlExpression,
  usesOwnPath,
} from "./bundle-serve.ts";

const dir = mkdtempSync(join(tmpdir(), "partnerscope-bundle-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes `files` (path → text) under a fresh folder; returns the folder. */
function tree(name: string, files: Record<string, string>): string {
  const root = join(dir, name);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe("bundling the serve command (issue 18)", () => {
  it("keeps built-ins and the listed packages as imports, and bundles the rest", () => {
    expect(isExternal("node:fs")).toBe(true);
    expect(isExternal("fs/promises")).toBe(true);
    expect(isExternal("better-sqlite3")).toBe(true);
    expect(isExternal("@fastify/swagger-ui")).toBe(true);
    expect(isExternal("@fastify/swagger-ui/static")).toBe(true);
    expect(isExternal("@fastify/cookie")).toBe(false);
    expect(isExternal("kysely")).toBe(false);
    expect(isExternal("zod/v4")).toBe(false);
    expect(isExternal("./x.js")).toBe(false);
  });

  it("rewrites a module's own URL relative to the bundle", () => {
    expect(moduleUrlExpression("/r/dist/cli/commands/serve.js", "/r/dist/services/a/b.js")).toBe(
      'new URL("../../services/a/b.js", import.meta.url).href',
    );
    expect(moduleUrlExpression("/r/dist/cli/commands/serve.js", "/r/dist/cli/commands/x.js")).toBe(
      'new URL("./x.js", import.meta.url).href',
    );
  });

  it("tells a package's use of its own folder from a comment about it", () => {
    expect(usesOwnPath("const p = path.join(__dirname, 'x.json');")).toBe(true);
    expect(usesOwnPath("  // e.g. { root: __dirname }\nmodule.exports = 1;")).toBe(false);
    expect(usesOwnPath("module.exports = __filename;")).toBe(true);
  });

  it("bundles a module graph whose modules read files beside themselves, and it still finds them", async () => {
    const root = tree("graph", {
      "dist/cli/commands/serve.js":
        'import { words } from "../../services/words.js";\nexport const answer = words();\n',
      "dist/services/words.js":
        'import { readFileSync } from "node:fs";\nexport const words = () => readFileSync(new URL("./data/words.txt", import.meta.url), "utf8");\n',
      "dist/services/data/words.txt": "beside the code",
    });
    const entry = join(root, "dist/cli/commands/serve.js");
    expect(await bundleInPlace(entry)).toBe(2);
    // serve.js is now the loader of serve-bundle.cjs, which holds both modules.
    expect(readFileSync(entry, "utf8")).toContain('new URL("./serve-bundle.cjs", import.meta.url)');
    expect(readFileSync(`${dirname(entry)}/serve-bundle.cjs`, "utf8")).toContain("readFileSync");
    const bundled = await import(`${pathToFileURL(entry).href}?bundled`);
    expect(bundled.answer).toBe("beside the code");
  });

  it("writes the bundle's code cache after loading it, and loads with it the next time", async () => {
    const root = tree("cache", {
      "dist/cli/commands/serve.js": "export const answer = [1, 2, 3].map((n) => n * 2).join();\n",
    });
    const entry = join(root, "dist/cli/commands/serve.js");
    await bundleInPlace(entry);
    const cache = join(root, "dist/cli/commands/serve-bundle.cjs.v8-cache");
    expect(existsSync(cache)).toBe(false);
    expect((await import(`${pathToFileURL(entry).href}?first`)).answer).toBe("2,4,6");
    await new Promise((resolve) => setTimeout(resolve, CACHE_DELAY_MS + 300));
    expect(existsSync(cache)).toBe(true);
    const again = spawnSync(
      process.execPath,
      [
        "--input-type=module",
        "-e",
        `const m = await import(${JSON.stringify(pathToFileURL(entry).href)}); console.log(m.answer);`,
      ],
      { encoding: "utf8" },
    );
    expect(again.stdout.trim()).toBe("2,4,6");
  });

  it("refuses to bundle a package that looks for files beside its own code", async () => {
    const root = tree("own-path", {
      "dist/cli/commands/serve.js": 'import where from "own-path";\nexport default where;\n',
      "node_modules/own-path/package.json": '{ "name": "own-path", "main": "index.js" }',
      "node_modules/own-path/index.js": "module.exports = require('path').join(__dirname, 'x');\n",
    });
    await expect(bundleInPlace(join(root, "dist/cli/commands/serve.js"))).rejects.toThrow(
      /own-path\/index\.js uses __dirname: add its package to EXTERNAL_PACKAGES/,
    );
  });
});
