import {
  demoSimulatedLoad,
  SIMULATED_DEMO_NAME,
  SIMULATED_DEMO_SLUG,
} from "../../services/demo/simulated-demo.ts";
import { demoLoad, demoPeopleLoad } from "../../services/index.ts";
import type { CliCommand } from "../command.ts";
import { withContext } from "../config.ts";

/** `partnerscope demo load`: (re)load the research paper's case studies into workspace 'demo'. */
export const demoLoadCommand: CliCommand = {
  name: "demo load",
  summary:
    "Load the demo workspaces 'TSRC case studies' and 'England housing 2002–2012 (simulated)' (replaces their contents)",
  usage:
    "demo load [--people]\n\n  --people  also add example members (an owner, an analyst, a viewer and people of two partner\n            organisations) with new random passwords, printed this once",
  options: { people: { type: "boolean" } },
  run: (args, io) =>
    withContext(async (ctx) => {
      const result = await demoLoad(ctx);
      const c = result.counts;
      io.out(
        `Loaded 'demo': ${c.organisations} organisations, ${c.partnerships} partnerships, ${c.events} events, ${c.contracts} contracts, ${c.evidence} evidence items.`,
      );
      const simulated = (await demoSimulatedLoad(ctx)).counts;
      io.out(
        `Loaded '${SIMULATED_DEMO_SLUG}' (${SIMULATED_DEMO_NAME}): ${simulated.organisations} organisations, ${simulated.partnerships} partnerships, ${simulated.events} events — simulated, illustrative data.`,
      );
      if (!args.values.people) return 0;
      const people = await demoPeopleLoad(ctx);
      io.out("Example members (passwords are shown only now; each run sets new ones):");
      const width = Math.max(...people.map((p) => p.email.length));
      for (const p of people)
        io.out(
          `  ${p.email.padEnd(width)}  ${p.password}  ${p.role}${p.organisation ? ` (${p.organisation})` : ""}`,
        );
      return 0;
    }),
};
