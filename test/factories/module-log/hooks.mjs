// Module hooks that append every URL the program resolves to the file named by
// PARTNERSCOPE_MODULE_LOG: which modules a CLI run imports (src/cli/lazy-commands.test.ts,
// bench/start-up.ts). Runs on Node's hooks thread, which sees the same environment.
import { appendFileSync } from "node:fs";

const LOG = process.env.PARTNERSCOPE_MODULE_LOG;

/** Resolves as the next hook does, and logs the URL it resolved to. */
export async function resolve(specifier, context, nextResolve) {
  const result = await nextResolve(specifier, context);
  if (LOG) appendFileSync(LOG, `${result.url}\n`);
  return result;
}
