import { Ajv2020 } from "ajv/dist/2020.js";
import AjvDraft04Module from "ajv-draft-04";
import addFormatsModule from "ajv-formats";
import { withLinearUniqueItems } from "./ajv-unique-items.ts";

/** ajv-draft-04 and ajv-formats are CommonJS: under NodeNext their default import may be the module object. */
function defaultOf<T>(module: { default: T }): T {
  return (module as unknown as { default?: T }).default ?? (module as unknown as T);
}

const AjvDraft04 = defaultOf(AjvDraft04Module);
const addFormats = defaultOf(addFormatsModule);

/** An Ajv instance type that both draft-04 and 2020-12 instances satisfy. */
export type AjvInstance = InstanceType<typeof AjvDraft04> | Ajv2020;

/**
 * Ajv for OCDS 1.1 schemas (draft-04, `id` not `$id`), with formats, all errors and the OCDS
 * annotation keywords allowed.
 * @example draft04Ajv().compile({ type: "string", format: "date-time" })("2020-01-01T00:00:00Z") // true
 */
export function draft04Ajv(): InstanceType<typeof AjvDraft04> {
  const ajv = new AjvDraft04({ allErrors: true, strict: false, validateSchema: false });
  addFormats(ajv);
  return withLinearUniqueItems(ajv);
}

/**
 * Ajv for 360Giving 1.4.3 (draft 2020-12); `validateSchema: false` because the schemas' `$schema`
 * is the http:// form Ajv does not know (test/fixtures/360giving/README.md).
 * @example givingAjv().compile({ type: "number" })(5) // true
 */
export function givingAjv(): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: true, strict: false, validateSchema: false });
  addFormats(ajv);
  return withLinearUniqueItems(ajv);
}
