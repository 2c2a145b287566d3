/** What every simulated workspace says about its data. */
export const SIMULATED_WORDS =
  "Simulated data: this workspace is one run of the sector simulation, illustrative and not real organisations.";

/**
 * A workspace's name as lists show it: a simulated one says so, unless its name already does.
 * @example workspaceLabel({ name: "Housing", simulated: true }) // "Housing (simulated)"
 */
export function workspaceLabel(w: { name: string; simulated?: boolean | undefined }): string {
  return w.simulated && !/simulated/i.test(w.name) ? `${w.name} (simulated)` : w.name;
}

/** A small 'Simulated' badge beside a workspace's name. */
export function SimulatedBadge() {
  return (
    <span className="badge badge-simulated" data-simulated="badge" title={SIMULATED_WORDS}>
      Simulated
    </span>
  );
}

/** The banner at the top of a simulated workspace's pages (the sector page's numbers are simulated). */
export function SimulatedBanner() {
  return (
    <div className="notice notice-simulated" role="note" data-simulated="banner">
      <strong>Simulated data.</strong> {SIMULATED_WORDS.replace(/^Simulated data: t/, "T")}
    </div>
  );
}
