import { demoLoad } from "../../services/index.ts";
import type { CliCommand } from "../command.ts";
import { withContext } from "../config.ts";

/** `partnerscope demo load`: (re)load the research paper's case studies into workspace 'demo'. */
export const demoLoadCommand: CliCommand = {
  name: "demo load",
  summary: "Load the demo workspace 'TSRC case studies' (replaces its contents)",
  usage: "demo load",
  options: {},
  run: (_args, io) =>
    withContext(async (ctx) => {
      const result = await demoLoad(ctx);
      const c = result.counts;
      io.out(
        `Loaded 'demo': ${c.organisations} organisations, ${c.partnerships} partnerships, ${c.events} events, ${c.contracts} contracts, ${c.evidence} evidence items.`,
      );
      return 0;
    }),
};
