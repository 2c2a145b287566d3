/**
 * Writes years as compact runs for people to read.
 * @example yearsText([1, 2, 3, 5]) // "1–3, 5"
 */
export function yearsText(years: readonly number[]): string {
  const runs: string[] = [];
  let i = 0;
  while (i < years.length) {
    let j = i;
    while (j + 1 < years.length && years[j + 1] === years[j]! + 1) j++;
    runs.push(j === i ? `${years[i]}` : `${years[i]}–${years[j]}`);
    i = j + 1;
  }
  return runs.join(", ");
}

/** Formats an amount with thousands separators and no decimals, e.g. 1234567.8 → "1,234,568". */
export function amountText(value: number): string {
  return Math.round(value).toLocaleString("en-GB");
}

/**
 * "year 3" or "years 1–2, 5": years with the right noun.
 * @example yearsPhrase([4]) // "year 4"
 */
export function yearsPhrase(years: readonly number[]): string {
  return `${years.length === 1 ? "year" : "years"} ${yearsText(years)}`;
}
