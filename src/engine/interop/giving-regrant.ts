import type { Partnership } from "../../shared/index.ts";
import { membershipOf } from "./ocds-partnerships.ts";

/**
 * How a 360Giving `regrantType` (codelist regrantType.csv) becomes a partnership form. Our forms
 * have no 'intermediary' or 'pooled fund', so:
 * - FRG010 common regrant, FRG020 transfer to intermediary, FRG050 fiscal sponsor, FRG060 endowment,
 *   FRG070 multipurpose → `other`, vertical, stage 3 (a lead-partner arrangement: the intermediary
 *   distributes the funder's money), funder lead, intermediary member;
 * - FRG030 match funding, FRG040 funder collaboration → `values_led_partnership`, horizontal,
 *   stage 1 (funders pooling money for a shared cause: field-building), fund holder lead, funders members.
 */
const REGRANT: Record<string, { label: string; pooled: boolean }> = {
  FRG010: { label: "Common regrant", pooled: false },
  FRG020: { label: "Transfer to intermediary", pooled: false },
  FRG030: { label: "Match funding", pooled: true },
  FRG040: { label: "Funder collaboration", pooled: true },
  FRG050: { label: "Fiscal sponsor", pooled: false },
  FRG060: { label: "Endowment", pooled: false },
  FRG070: { label: "Multipurpose", pooled: false },
};

/**
 * The partnership a regranting grant represents, or null for codes outside the codelist.
 * @example regrantPartnershipOf("FRG040", { id: "g1", title: "Fund", funders: ["f1", "f2"], recipient: "r", date: "2020-01-01" })?.form // "values_led_partnership"
 */
export function regrantPartnershipOf(
  code: string,
  grant: {
    id: string;
    title: string;
    funders: readonly string[];
    recipient: string;
    date: string | null;
  },
): Partnership | null {
  const kind = REGRANT[code.trim().toUpperCase()];
  if (!kind || grant.funders.length === 0) return null;
  const funders = grant.funders.filter((f) => f !== grant.recipient);
  const members = kind.pooled
    ? [
        membershipOf(grant.recipient, "lead", grant.date),
        ...funders.map((f) => membershipOf(f, "member", grant.date)),
      ]
    : [
        ...funders.map((f, i) => membershipOf(f, i === 0 ? "lead" : "member", grant.date)),
        membershipOf(grant.recipient, "member", grant.date),
      ];
  return {
    id: `${grant.id}-regrant`,
    name: `${kind.label}: ${grant.title}`.slice(0, 500),
    form: kind.pooled ? "values_led_partnership" : "other",
    direction: kind.pooled ? "horizontal" : "vertical",
    origin: "voluntary",
    stage: kind.pooled ? 1 : 3,
    functions: kind.pooled ? ["lobbying"] : [],
    commissioner: grant.funders[0] ?? null,
    start: grant.date,
    end: null,
    description: `360Giving regrant type ${code} (${kind.label}).`,
    integration: [],
    members,
  };
}
