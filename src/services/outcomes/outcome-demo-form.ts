import { randomUUID } from "node:crypto";
import { workspaceBySlug } from "../../store/index.ts";
import { formMeasuresAdd, submissionInsert } from "../../store/repositories/forms.ts";
import { respondentLinkUse } from "../../store/repositories/respondent-links.ts";
import type { ServiceContext } from "../context.ts";
import { formLinkAdd, OUTCOME_FORM } from "./form-links.ts";
import { formCreate } from "./forms.ts";

/** The demo's community-researcher form for Joined-up Services. */
export const DEMO_FORM_ID = "demo-form-jus-researchers";

const FORM = {
  id: DEMO_FORM_ID,
  framework: "demo-of-jus-navigators",
  languages: ["en"],
  easyRead: true,
  title: { en: "Community researchers' interviews with navigator clients (illustrative answers)" },
  intro: {
    en: "A community researcher asks you about your navigator. It takes about five minutes.",
  },
  consent: {
    text: {
      en: "I agree that my answers are kept under a code, not my name, and used to see whether the navigator service helps. I can ask for them to be erased.",
    },
    easyRead: {
      en: "We keep your answers with a code, not your name. You can ask us to delete them.",
    },
  },
  questions: [
    {
      id: "confidence",
      kind: "scale",
      required: true,
      indicator: "jus-confidence",
      text: { en: "How confident are you that you know where to go for help?" },
      easyRead: { en: "Do you know where to go for help?" },
      scale: { min: 1, max: 10, minLabel: { en: "not at all" }, maxLabel: { en: "completely" } },
    },
    {
      id: "connected",
      kind: "multiple_choice",
      text: { en: "Which services did your navigator connect you with?" },
      easyRead: { en: "Who did your navigator help you see?" },
      options: [
        { value: "gp", label: { en: "GP or nurse" } },
        { value: "housing", label: { en: "Housing" } },
        { value: "benefits", label: { en: "Benefits or debt advice" } },
        { value: "mental_health", label: { en: "Mental health support" } },
      ],
    },
    {
      id: "changed",
      kind: "text",
      text: { en: "What has changed for you?" },
      easyRead: { en: "What is different now?" },
    },
  ],
};

// Illustrative, not the evaluation's data: eight clients, before (March 2010) and after
// (September 2010); before mean 5.75, after 6.5 — close to the framework's series (5.8, 6.4).
const PEOPLE: [
  code: string,
  researcher: 0 | 1,
  before: number,
  after: number,
  services: string[],
][] = [
  ["JUS-R01", 0, 5, 6, ["gp", "housing"]],
  ["JUS-R02", 0, 6, 7, ["benefits"]],
  ["JUS-R03", 0, 6, 6, ["gp"]],
  ["JUS-R04", 0, 7, 8, ["mental_health", "gp"]],
  ["JUS-R05", 0, 5, 6, ["housing"]],
  ["JUS-R06", 1, 6, 6, ["benefits", "housing"]],
  ["JUS-R07", 1, 5, 6, ["gp"]],
  ["JUS-R08", 1, 6, 7, ["mental_health"]],
];
const RESEARCHERS = [
  "Community researcher A (illustrative)",
  "Community researcher B (illustrative)",
];
const PHASES = [
  { phase: "before" as const, date: "2010-03-31" },
  { phase: "after" as const, date: "2010-09-30" },
];

/**
 * Loads the Joined-up Services community-researcher form with illustrative answers: two
 * researchers' interview links before and after, eight clients under codes, their confidence
 * answers as measures of the framework's 'jus-confidence' indicator (so paired change shows).
 * Call after the frameworks are loaded (replacing one deletes its forms).
 */
export async function demoFormLoad(ctx: ServiceContext, slug: string): Promise<void> {
  const ws = await workspaceBySlug(ctx.store.db, slug);
  if (!ws) return;
  await ctx.store.db
    .deleteFrom("respondent_links")
    .where("workspace_id", "=", ws.id)
    .where("form", "=", OUTCOME_FORM)
    .where("target_id", "=", DEMO_FORM_ID)
    .execute();
  await formCreate(ctx, slug, FORM);
  for (const [r, label] of RESEARCHERS.entries())
    for (const { phase, date } of PHASES) {
      const { link } = await formLinkAdd(ctx, slug, DEMO_FORM_ID, {
        kind: "interview",
        label,
        phase,
      });
      for (const [code, who, before, after, services] of PEOPLE.filter((p) => p[1] === r)) {
        const value = phase === "before" ? before : after;
        const id = randomUUID();
        const at = `${date}T10:00:00.000Z`;
        const answers = [
          { question: "confidence", value },
          ...(phase === "after" ? [{ question: "connected", value: services }] : []),
        ];
        await ctx.store.db.transaction().execute(async (trx) => {
          await respondentLinkUse(trx, link.id, at);
          await submissionInsert(
            trx,
            {
              id,
              workspace_id: ws.id,
              form_id: DEMO_FORM_ID,
              client_id: `demo-${code}-${phase}`,
              link_id: link.id,
              link_kind: "interview",
              respondent_code: code,
              researcher: RESEARCHERS[who]!,
              phase,
              language: "en",
              easy_read: 0,
              created_at: at,
            },
            answers,
          );
          const measure = { indicator: "jus-confidence", date, value, personCode: code, phase };
          await formMeasuresAdd(trx, ws.id, FORM.framework, id, [measure], at);
        });
      }
    }
}
