/**
 * The layer rules of docs/decisions/0001-layers-and-lint.md as data: for each layer, the other layers,
 * npm packages and Node built-ins it may import. Anything not listed is refused, so a new dependency of
 * a layer is a one-line, reviewed edit here rather than something a deny-list lets through.
 */

/** The layers, each a folder: `src/<layer>/` or, for the web app, `web/src/`. */
export const LAYERS = ["shared", "engine", "store", "services", "api", "cli", "web"] as const;

/** One layer's name. */
export type Layer = (typeof LAYERS)[number];

/** What one layer's files may import besides their own layer. */
export interface LayerRule {
  /** Other layers (relative imports that land in them). */
  layers: readonly string[];
  /** npm packages by name; a name ending in `/*` admits a whole scope. Subpaths of a package are included. */
  packages: readonly string[];
  /** Node built-ins, without the `node:` prefix (`fs` admits `fs/promises`, `node:fs` and bare `fs`). */
  node: readonly string[];
}

/** The allow-list of each layer's production files. */
export const RULES: Record<Layer, LayerRule> = {
  // Schemas and types every layer and the browser share: zod only.
  shared: { layers: [], packages: ["zod"], node: [] },
  // Pure computation: no Node module at all, no I/O; packages that only compute on values.
  engine: {
    layers: ["shared"],
    packages: ["zod", "ajv", "ajv-draft-04", "ajv-formats", "papaparse", "pure-rand"],
    node: [],
  },
  store: {
    layers: ["engine", "shared"],
    packages: ["kysely", "pg", "better-sqlite3"],
    node: ["events", "fs", "module", "path", "worker_threads"],
  },
  services: {
    layers: ["store", "engine", "shared"],
    packages: [
      "kysely",
      "zod",
      "@node-rs/argon2",
      "exceljs",
      "fast-xml-parser",
      "fflate",
      "nodemailer",
      "papaparse",
      "pg-boss",
      "stream-json",
    ],
    node: [
      "crypto",
      "fs",
      "os",
      "path",
      "stream",
      "string_decoder",
      "url",
      "worker_threads",
      "zlib",
    ],
  },
  api: {
    layers: ["services", "engine", "shared"],
    packages: ["fastify", "@fastify/*", "fastify-type-provider-zod", "openid-client", "zod"],
    node: ["async_hooks", "crypto", "fs", "http", "path", "stream"],
  },
  cli: {
    layers: ["api", "services", "engine", "shared"],
    packages: [],
    node: ["fs", "os", "path", "stream", "url", "util", "v8"],
  },
  // The browser: shared and browser packages only, never a Node module.
  web: {
    layers: ["shared"],
    packages: ["react", "react-dom", "zod", "graphology", "graphology-layout-forceatlas2", "sigma"],
    node: [],
  },
};

/**
 * Known exceptions, each a file and the one import it may make beyond its layer's list, with the reason.
 * They are listed (and printed by the checker's tests) rather than widening the whole layer.
 */
export const EXCEPTIONS: readonly { file: string; spec: string; why: string }[] = [
  {
    file: "src/services/interop/import-spill.ts",
    spec: "better-sqlite3",
    why: "a temporary on-disk working file for a large import's records, deleted after; not the store",
  },
  {
    file: "src/services/interop/organisation-ledger.ts",
    spec: "better-sqlite3",
    why: "a temporary on-disk index of an import's organisations, deleted after; not the store",
  },
];

/** What every test file (`*.test.ts`) may import besides its layer's list: the test kit and test data. */
export const TEST_EXTRAS: LayerRule = {
  layers: ["test"],
  packages: ["vitest", "fast-check"],
  node: ["child_process", "crypto", "fs", "http", "net", "os", "path", "url"],
};

/** Test-only additions for one layer (tests may arrange state below the layer they test). */
export const LAYER_TEST_EXTRAS: Partial<Record<Layer, LayerRule>> = {
  api: { layers: ["store"], packages: ["kysely", "exceljs", "smtp-server"], node: [] },
  cli: { layers: [], packages: ["exceljs"], node: [] },
  services: { layers: [], packages: ["exceljs"], node: [] },
  // The CSV writer's tests read its output back with a real CSV parser.
  shared: { layers: [], packages: ["papaparse"], node: [] },
  // Reference implementations the engine's own statistics are checked against.
  engine: { layers: [], packages: ["simple-statistics"], node: [] },
};
