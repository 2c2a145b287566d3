import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { builtinOf, checkLayers } from "./check-layers.ts";
import { importsOf } from "./import-scan.ts";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
let roots: string[] = [];

/** A throwaway tree holding the given files (path relative to the tree → source text). */
function plant(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "layers-"));
  roots.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

afterEach(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
  roots = [];
});

describe("importsOf (the parser)", () => {
  it("finds every kind of import with its line, type-only ones included", () => {
    const text = [
      'import type { A } from "./a.ts";',
      'import "./side.ts";',
      'export * from "./all.ts";',
      'export { b } from "./b.ts";',
      'const m = await import("./lazy.ts");',
      'const r = require("./req.cjs");',
      'type T = import("./typed.ts").T;',
      'import q = require("./eq.cjs");',
      "const c = await import(name);",
      "// import fs from 'fs' is a comment, not an import",
      "const s = \"import x from 'y'\";",
    ].join("\n");
    expect(importsOf(text, "f.ts")).toEqual([
      { spec: "./a.ts", kind: "import", line: 1 },
      { spec: "./side.ts", kind: "side-effect", line: 2 },
      { spec: "./all.ts", kind: "re-export", line: 3 },
      { spec: "./b.ts", kind: "re-export", line: 4 },
      { spec: "./lazy.ts", kind: "dynamic import()", line: 5 },
      { spec: "./req.cjs", kind: "require", line: 6 },
      { spec: "./typed.ts", kind: "type import()", line: 7 },
      { spec: "./eq.cjs", kind: "require", line: 8 },
      { spec: null, kind: "dynamic import()", line: 9 },
    ]);
  });

  it("parses TSX", () => {
    expect(
      importsOf('import { x } from "react";\nexport const A = () => <div>{x}</div>;', "a.tsx"),
    ).toEqual([{ spec: "react", kind: "import", line: 1 }]);
  });

  it("refuses a file that does not parse, naming it", () => {
    expect(() => importsOf("import from from;", "broken.ts")).toThrow(
      /broken\.ts: cannot be parsed/,
    );
  });

  it("knows bare and prefixed Node built-ins, and not packages", () => {
    expect([
      builtinOf("fs"),
      builtinOf("node:fs"),
      builtinOf("fs/promises"),
      builtinOf("http"),
    ]).toEqual(["fs", "fs", "fs", "http"]);
    expect([builtinOf("zod"), builtinOf("@fastify/static"), builtinOf("node:test")]).toEqual([
      null,
      null,
      "test",
    ]);
  });
});

describe("checkLayers (planted violations)", () => {
  const clean = 'import { z } from "zod";\nexport const a = z.string();\n';

  it("passes a clean planted tree", () => {
    expect(
      checkLayers(
        plant({ "src/shared/a.ts": clean, "src/engine/b.ts": 'import "../shared/a.ts";\n' }),
      ),
    ).toEqual([]);
  });

  it.each([
    [
      "static import of a bare builtin",
      'import { readFileSync } from "fs";',
      "Node module fs (import)",
    ],
    [
      "static import of node:http",
      'import http from "node:http";',
      "Node module node:http (import)",
    ],
    ["side-effect import", 'import "node:fs";', "Node module node:fs (side-effect)"],
    ["re-export", 'export { readFile } from "fs/promises";', "Node module fs/promises (re-export)"],
    [
      "dynamic import()",
      'export const m = () => import("http");',
      "Node module http (dynamic import())",
    ],
    ["require", 'export const m = require("fs");', "Node module fs (require)"],
    [
      "computed import()",
      "export const m = (x: string) => import(x);",
      "computed at run time (dynamic import())",
    ],
    [
      "type import()",
      'export type S = import("kysely").Kysely<never>;',
      "package kysely (not in its allow-list)",
    ],
    [
      "package outside the allow-list",
      'import { Kysely } from "kysely";',
      "package kysely (not in its allow-list)",
    ],
    [
      "import of a higher layer",
      'import { x } from "../store/x.ts";',
      "may not import from store (../store/x.ts)",
    ],
    [
      "type-only import of a higher layer",
      'import type { X } from "../services/x.ts";',
      "may not import from services",
    ],
  ])("catches a %s in the engine", (_kind, source, message) => {
    const root = plant({ "src/engine/bad.ts": `${source}\n` });
    const failures = checkLayers(root);
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatch(/^src\/engine\/bad\.ts:1: the engine layer may not /);
    expect(failures[0]).toContain(message);
  });

  it("keeps shared to zod and the web app to shared and browser packages", () => {
    const root = plant({
      "src/shared/ok.ts": clean,
      "src/shared/bad.ts": 'import Papa from "papaparse";\n',
      "web/src/ok.tsx":
        'import { useState } from "react";\nimport { a } from "../../src/shared/ok.ts";\n',
      "web/src/bad.ts":
        'import { x } from "../../src/engine/x.ts";\nimport fastify from "fastify";\n',
    });
    expect(checkLayers(root).sort()).toEqual([
      "src/shared/bad.ts:1: the shared layer may not import the package papaparse (not in its allow-list) (import)",
      "web/src/bad.ts:1: the web layer may not import from engine (../../src/engine/x.ts) (import)",
      "web/src/bad.ts:2: the web layer may not import the package fastify (not in its allow-list) (import)",
    ]);
  });

  it("lets tests use the test kit and test/ but not other layers' packages", () => {
    const root = plant({
      "src/engine/a.test.ts":
        'import { it } from "vitest";\nimport fc from "fast-check";\nimport "../../test/x.ts";\n',
      "src/engine/b.test.ts": 'import { sql } from "kysely";\n',
      "src/engine/c.ts": 'import "../../test/x.ts";\n',
    });
    expect(checkLayers(root).sort()).toEqual([
      "src/engine/b.test.ts:1: the engine layer may not import the package kysely (not in its allow-list) (import)",
      "src/engine/c.ts:1: the engine layer may not import from test (../../test/x.ts) (side-effect)",
    ]);
  });

  it("names a file that does not parse", () => {
    const failures = checkLayers(plant({ "src/engine/broken.ts": "export const = 1;\n" }));
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatch(/^src\/engine\/broken\.ts: .*cannot be parsed/);
  });
});

describe("the real tree", () => {
  it("passes the layer rules", () => {
    expect(checkLayers(repoRoot)).toEqual([]);
  });
});
