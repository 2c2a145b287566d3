/** Import reports in words, the same on the command line and in the web app. */

/** What a report line needs of one grouped problem. */
export interface ReportLineInput {
  message: string;
  count: number;
  /** Distinct offending values as shown (JSON), e.g. `"Y"`. */
  values?: readonly string[];
}

const thousands = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
const plural = (noun: string, n: number) => (n === 1 ? noun : `${noun}s`);

/**
 * One line for a grouped problem with its total and the values given:
 * `4,116 of 4,116 grants: fromOpenCall is "Y"; must be "Yes" or "No"`.
 * @example reportLineOf({ message: "fromOpenCall must be \"Yes\" or \"No\"", count: 2, values: ["\"Y\""] }, 3, "grant") // "2 of 3 grants: fromOpenCall is \"Y\"; must be \"Yes\" or \"No\""
 */
export function reportLineOf(
  error: ReportLineInput,
  records: number | undefined,
  noun: string,
): string {
  const total =
    records === undefined
      ? `${thousands(error.count)} ${plural(noun, error.count)}`
      : `${thousands(error.count)} of ${thousands(records)} ${plural(noun, records)}`;
  const values = error.values ?? [];
  const split = /^(\S+) (must .+)$/.exec(error.message);
  const detail =
    split && values.length > 0
      ? `${split[1]} is ${values.join(" or ")}${values.length >= 5 ? " or another value" : ""}; ${split[2]}`
      : error.message;
  return `${total}: ${detail}`;
}

/** The word for one record of each kind of import file. */
export const IMPORT_RECORD_NOUNS: Record<string, string> = {
  ocds: "release",
  "360giving": "grant",
  csv: "row",
};
