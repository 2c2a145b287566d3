/**
 * Runs every benchmark in turn, each in its own process, passing on the arguments (e.g. --quick).
 *   npm run bench [-- --quick] [-- --only graph,sector]
 */
import { spawnSync } from "node:child_process";

const BENCHES = [
  "appraisal",
  "value-map",
  "outcomes",
  "forms-load",
  "forms-results",
  "qdpx",
  "health",
  "pbr",
  "graph",
  "sector",
  "simulation",
  "queue",
  "api-landscape",
  "api-access",
  "api-import",
  "interop",
  "start-up",
];
const args = process.argv.slice(2);
const only = args
  .find((a) => a.startsWith("--only="))
  ?.slice(7)
  .split(",");
const passOn = args.filter((a) => !a.startsWith("--only="));
let failed = 0;
for (const name of BENCHES.filter((b) => !only || only.includes(b))) {
  console.log(`\n=== bench/${name}.ts ${passOn.join(" ")}`);
  const result = spawnSync("node_modules/.bin/tsx", [`bench/${name}.ts`, ...passOn], {
    stdio: "inherit",
  });
  if (result.status !== 0) {
    failed++;
    console.log(`bench/${name}.ts exited with ${result.status ?? result.signal}`);
  }
}
process.exit(failed ? 1 : 0);
