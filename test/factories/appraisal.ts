import {
  APPRAISAL_FORMAT,
  type AppraisalDocument,
  type AppraisalInput,
  appraisalSchema,
} from "../../src/shared/appraisal.ts";

type OptionInput = AppraisalInput["options"][number];

/**
 * A valid appraisal document for tests and examples: a 5-year horizon at a constant 10% with one
 * empty option, overridden field by field, then parsed so defaults apply.
 * @example buildAppraisal({ options: [buildOption({ lines: [...] })] })
 */
export function buildAppraisal(overrides: Partial<AppraisalInput> = {}): AppraisalDocument {
  return appraisalSchema.parse({
    format: APPRAISAL_FORMAT,
    title: "Test appraisal",
    baseDate: "2013-04-01",
    horizonYears: 5,
    discount: { rate: 0.1 },
    options: [buildOption()],
    ...overrides,
  });
}

/** An option for `buildAppraisal`: id "a", stage 0, no lines unless overridden. */
export function buildOption(overrides: Partial<OptionInput> = {}): OptionInput {
  return { id: "a", name: "Option A", stage: 0, lines: [], ...overrides };
}
