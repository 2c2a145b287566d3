import type { ValueMapDocument } from "../../shared/value-map.ts";
import type { ValueMapFlag } from "../../shared/value-map-results.ts";

/** Whether a perspective is a societal one: its id or name contains "soci" (society, societal, social). */
export function isSocietal(p: { id: string; name: string }): boolean {
  return /soci/i.test(p.id) || /soci/i.test(p.name);
}

/** Whether an input values volunteers' time (its stakeholder or description mentions volunteers). */
function isVolunteerTime(i: { stakeholder: string; description: string }): boolean {
  return /volunt/i.test(i.stakeholder) || /volunt/i.test(i.description);
}

function outcomeFlags(doc: Pick<ValueMapDocument, "outcomes">): ValueMapFlag[] {
  const flags: ValueMapFlag[] = [];
  doc.outcomes.forEach((o, i) => {
    const at = `$.outcomes[${i}]`;
    if (o.deadweight + o.attribution > 1)
      flags.push({
        code: "attribution-plus-deadweight",
        path: at,
        message: `outcome "${o.id}": deadweight ${o.deadweight} plus attribution ${o.attribution} is over 100 %, which claims more than the whole change`,
      });
    if (o.proxy.source.trim() === "")
      flags.push({
        code: "proxy-without-source",
        path: `${at}.proxy.source`,
        message: `outcome "${o.id}": the financial proxy names no source`,
      });
    if (o.durationYears > 10 && o.dropOff === 0)
      flags.push({
        code: "long-duration-without-drop-off",
        path: at,
        message: `outcome "${o.id}" lasts ${o.durationYears} years with no drop-off; outcomes usually fade`,
      });
  });
  return flags;
}

/**
 * The SROI guide's usual mistakes: attribution plus deadweight over 100 %, a proxy with no source, a
 * duration over 10 years with no drop-off, and a societal perspective whose inputs omit volunteers' time.
 */
export function valueMapFlags(
  doc: Pick<ValueMapDocument, "perspectives" | "inputs" | "outcomes">,
): ValueMapFlag[] {
  const flags = outcomeFlags(doc);
  doc.perspectives.forEach((p, k) => {
    if (!isSocietal(p)) return;
    if (doc.inputs.some((i) => i.perspectives.includes(p.id) && isVolunteerTime(i))) return;
    flags.push({
      code: "societal-without-volunteer-time",
      path: `$.perspectives[${k}]`,
      message: `perspective "${p.id}" is societal but none of its inputs values volunteers' time`,
    });
  });
  return flags;
}
