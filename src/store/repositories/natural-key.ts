/** Digit runs are padded to this width so that numbers inside names compare by value. */
const DIGIT_WIDTH = 20;

/**
 * A key whose plain string order is the natural order of names ("HA2" before "HA10", case
 * ignored). It is the hex of the UTF-8 bytes of the padded, lower-cased name: hex digits compare
 * the same under SQLite's byte order and any PostgreSQL collation, so both dialects agree.
 */
export function naturalKey(name: string): string {
  const padded = name.toLowerCase().replace(/\d+/g, (run) => {
    const value = run.replace(/^0+(?=\d)/, "");
    return value.length >= DIGIT_WIDTH ? value : value.padStart(DIGIT_WIDTH, "0");
  });
  return Buffer.from(padded, "utf8").toString("hex");
}

/** The lower-cased text a partnership is searched by: its name and description. */
export function partnershipSearchText(
  name: string,
  description: string | null | undefined,
): string {
  return [name, description ?? ""].join(" | ").toLowerCase();
}
