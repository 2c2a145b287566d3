import { describe, expect, it } from "vitest";
import { TEST_FORM } from "../../../test/store/forms-fixture.ts";
import { type Form, formInputSchema } from "../../shared/forms.ts";
import { formAnswersCheck } from "./form-check.ts";

const parsed = formInputSchema.parse(TEST_FORM);
const form: Form = {
  ...parsed,
  id: "f",
  status: "open",
  submissions: 0,
  createdAt: "",
  updatedAt: "",
  closedAt: null,
};
const base = { consent: "yes", confidence: "3" };

describe("formAnswersCheck", () => {
  it("turns answers of every kind into values, and the tied scale into a measure", () => {
    const checked = formAnswersCheck(
      form,
      {
        ...base,
        services: ["gp", "housing"],
        visits: "2.5",
        first: "2026-02-28",
        helped: "no",
        story: " ok ",
      },
      "en",
    );
    expect(checked).toEqual({
      ok: true,
      answers: [
        { question: "confidence", value: 3 },
        { question: "services", value: ["gp", "housing"] },
        { question: "visits", value: 2.5 },
        { question: "first", value: "2026-02-28" },
        { question: "helped", value: "no" },
        { question: "story", value: "ok" },
      ],
      measures: [{ indicator: "confidence", value: 3 }],
      respondentCode: null,
    });
  });

  it("names each problem by field, in the respondent's language (Welsh here)", () => {
    const checked = formAnswersCheck(
      form,
      {
        confidence: "6",
        services: ["gp", "dentist"],
        visits: "-1",
        first: "2026-02-30",
        helped: "maybe",
        respondent_code: "a b",
      },
      "cy",
    );
    expect(checked.ok).toBe(false);
    const problems = checked.ok ? [] : checked.problems;
    expect(problems).toEqual([
      {
        path: "consent",
        message: "Ticiwch “Rwy’n cytuno” cyn anfon: Rwy’n cytuno i’m hatebion gael eu defnyddio.",
      },
      {
        path: "respondent_code",
        message: "Mae gan god ateb 1–40 o lythrennau, digidau neu gysylltnodau",
      },
      {
        path: "confidence",
        message: "“Pa mor hyderus ydych chi am ble i fynd?” dewiswch rif o 1 i 5",
      },
      {
        path: "services",
        message: "“Pa wasanaethau a helpodd?” dewiswch o’r dewisiadau a roddwyd",
      },
      { path: "visits", message: "“Sawl ymweliad?” rhaid iddo fod o leiaf 0" },
      {
        path: "first",
        message: "“Pryd daethoch chi gyntaf?” rhaid iddo fod yn ddyddiad ar ffurf BBBB-MM-DD",
      },
      {
        path: "helped",
        message: "“A wnaeth y llywiwr helpu?” dewiswch un o’r dewisiadau a roddwyd",
      },
    ]);
  });

  it("asks for a required answer left empty", () => {
    const checked = formAnswersCheck(form, { consent: "yes" }, "en");
    expect(checked).toEqual({
      ok: false,
      problems: [
        {
          path: "confidence",
          message: "“How confident are you about where to go?” needs an answer",
        },
      ],
    });
  });
});

describe("the form schema", () => {
  it("refuses an easy-read form missing an easy-read text and an indicator on free text", () => {
    const story = { ...TEST_FORM.questions[5]!, indicator: "confidence", easyRead: undefined };
    const result = formInputSchema.safeParse({
      ...TEST_FORM,
      questions: [TEST_FORM.questions[0], story],
    });
    expect(result.success).toBe(false);
    const issues = result.error!.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    expect(issues).toEqual([
      "questions.1.indicator: a text answer is not a number, so it cannot measure an indicator",
      "questions.1.easyRead: needs an easy-read text",
    ]);
  });
});
