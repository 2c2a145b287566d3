#!/usr/bin/env node
// Runs the CLI built to JavaScript in dist/ (decision 0019): `npm run build` makes it, `npm start` does so first.
import { existsSync } from "node:fs";

const main = new URL("../dist/cli/main.js", import.meta.url);
if (!existsSync(main)) {
  console.error(
    "partnerscope is not built yet: run `npm run build` in its folder (or `npm start`).",
  );
  process.exit(2);
}
await import(main.href);
