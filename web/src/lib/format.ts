/** A date written YYYY-MM-DD as people read it in the UK (e.g. 4 Jan 2011), or a dash. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return "—";
  const date = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return value;
  return date.toLocaleDateString("en-GB", {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  });
}

/** A whole number with thousands separators, or a dash. */
export function formatNumber(value: number | null | undefined): string {
  return value === null || value === undefined ? "—" : value.toLocaleString("en-GB");
}

/** An amount of money in its currency (GBP by default), or a dash. */
export function formatMoney(value: number | null | undefined, currency = "GBP"): string {
  if (value === null || value === undefined) return "—";
  return value.toLocaleString("en-GB", { style: "currency", currency, maximumFractionDigits: 0 });
}

/** A share between 0 and 1 as a percentage, or a dash. */
export function formatShare(value: number | null | undefined): string {
  return value === null || value === undefined ? "—" : `${Math.round(value * 1000) / 10}%`;
}
