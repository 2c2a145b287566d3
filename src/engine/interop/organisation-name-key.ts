/**
 * Legal-form words and phrases that do not distinguish one organisation from another (UK company,
 * charity and society forms). Longest first so 'community interest company' wins over 'company'.
 */
const LEGAL_SUFFIXES = [
  "charitable incorporated organisation",
  "community interest company",
  "limited liability partnership",
  "public limited company",
  "community benefit society",
  "incorporated",
  "limited",
  "company",
  "plc",
  "ltd",
  "llp",
  "cic",
  "cio",
  "inc",
  "llc",
  "lp",
  "co",
  "uk",
].map((s) => s.split(" "));

function dropLegalSuffixes(tokens: string[]): string[] {
  let out = tokens;
  let changed = true;
  while (changed && out.length > 1) {
    changed = false;
    for (const suffix of LEGAL_SUFFIXES) {
      const tail = out.slice(-suffix.length);
      if (out.length > suffix.length && tail.join(" ") === suffix.join(" ")) {
        out = out.slice(0, -suffix.length);
        changed = true;
        break;
      }
    }
  }
  return out;
}

/**
 * The tokens of a name with case, accents, punctuation, a leading 'The' and trailing legal
 * suffixes (Ltd, Limited, PLC, LLP, CIC…) ignored.
 * @example organisationNameTokens("The Axis Europe PLC") // ["axis", "europe"]
 */
export function organisationNameTokens(name: string): string[] {
  const plain = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    // Joining rather than spacing keeps 'T/A' and 'TA', 'St. John's' and 'St Johns' equal.
    .replace(/[./'’`]/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
  const tokens = plain.split(" ").filter((t) => t !== "");
  const withoutThe = tokens[0] === "the" && tokens.length > 1 ? tokens.slice(1) : tokens;
  return dropLegalSuffixes(withoutThe);
}

/**
 * A key under which differently written names of the same organisation coincide.
 * @example organisationNameKey("Axis Europe plc") === organisationNameKey("AXIS EUROPE PLC") // true
 */
export function organisationNameKey(name: string): string {
  return organisationNameTokens(name).join(" ");
}
