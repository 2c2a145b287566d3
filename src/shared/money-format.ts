/**
 * Short money labels for chart axes and tooltips, shared by the server's SVG reports and the web app's
 * charts so a figure reads the same in both.
 */

/**
 * An amount in short form: £1.2bn, £1.2m, £350k, −£40k (a true minus sign); other currencies by code.
 * @example shortMoney(1_234_567) // "£1.2m"
 * @example shortMoney(-40_400) // "−£40k"
 * @example shortMoney(2_500, "EUR") // "EUR 3k"
 */
export function shortMoney(value: number, currency = "GBP"): string {
  const symbol = currency === "GBP" ? "£" : `${currency} `;
  const abs = Math.abs(value);
  const sign = value < 0 ? "−" : "";
  if (abs >= 1e9) return `${sign}${symbol}${(abs / 1e9).toFixed(1)}bn`;
  if (abs >= 1e6) return `${sign}${symbol}${(abs / 1e6).toFixed(1)}m`;
  if (abs >= 1e3) return `${sign}${symbol}${Math.round(abs / 1e3)}k`;
  return `${sign}${symbol}${Math.round(abs)}`;
}
