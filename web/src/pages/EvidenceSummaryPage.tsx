import { useState } from "react";
import { type EvidenceSummary, SUMMARY_BY, type SummaryBy } from "../../../src/shared/codebook.ts";
import { csvTextOf } from "../../../src/shared/csv-text.ts";
import { FORM_LABELS, ORIGIN_LABELS, STAGE_LABELS } from "../../../src/shared/index.ts";
import { ErrorNotice, Loading } from "../components/ErrorNotice.tsx";
import { SummaryHeatmap } from "../components/evidence/SummaryHeatmap.tsx";
import { SelectField } from "../components/Fields.tsx";
import { useFetch } from "../hooks/useFetch.ts";
import { useNames } from "../hooks/useNames.ts";
import { Link } from "../router.tsx";

const BY_LABELS: Record<SummaryBy, string> = {
  form: "Form of partnership",
  origin: "Origin (mandated or voluntary)",
  stage: "Stage on the continuum",
  organisation: "Organisation",
};

/** Counts of evidence items by code × partnership form, origin, stage or organisation, as a heatmap. */
export function EvidenceSummaryPage({ workspace }: { workspace: string }) {
  const [by, setBy] = useState<SummaryBy>("form");
  const names = useNames(workspace);
  const summary = useFetch<EvidenceSummary>(
    `/workspaces/${encodeURIComponent(workspace)}/evidence/summary?by=${by}`,
  );
  const columnLabel = (key: string) => {
    if (key === "none") return by === "organisation" ? "No organisation" : "No partnership";
    const labels: Record<string, string> =
      by === "form"
        ? FORM_LABELS
        : by === "origin"
          ? ORIGIN_LABELS
          : by === "stage"
            ? STAGE_LABELS
            : {};
    return by === "stage"
      ? `${key}: ${labels[key] ?? key}`
      : (labels[key] ?? names.get(key) ?? key);
  };
  const download = (data: EvidenceSummary) => {
    const header = ["code", "name", ...data.columns.map(columnLabel), "all"];
    const rows = data.rows.map((r) => [
      r.code,
      r.name,
      ...data.columns.map((c) => r.counts[c] ?? 0),
      r.total,
    ]);
    const url = URL.createObjectURL(new Blob([csvTextOf(header, rows)], { type: "text/csv" }));
    const a = Object.assign(document.createElement("a"), {
      href: url,
      download: `${workspace}-evidence-by-${by}.csv`,
    });
    a.click();
    URL.revokeObjectURL(url);
  };
  return (
    <>
      <h1>Theme summary</h1>
      <p>
        How many evidence items are coded with each code — or with any code under it, counted once —
        by {BY_LABELS[by].toLowerCase()}. Items are placed by the partnership they are about
        (organisation: the one they name).{" "}
        <Link href={`/w/${encodeURIComponent(workspace)}/evidence`}>Back to the evidence log</Link>
      </p>
      <SelectField
        id="summary-by"
        label="Count by"
        value={by}
        onChange={(v) => setBy(v as SummaryBy)}
        options={SUMMARY_BY.map((b) => ({ value: b, label: BY_LABELS[b] }))}
      />
      {summary.error && <ErrorNotice error={summary.error} />}
      {!summary.data && !summary.error && <Loading what="the summary" />}
      {summary.data && (
        <>
          <p aria-live="polite" className="result-count">
            {summary.data.items} evidence items counted
          </p>
          <SummaryHeatmap
            summary={summary.data}
            columnLabel={columnLabel}
            caption={`Evidence items by code and ${BY_LABELS[by].toLowerCase()}`}
          />
          <button type="button" onClick={() => summary.data && download(summary.data)}>
            Download as CSV
          </button>
        </>
      )}
    </>
  );
}
