import { useState } from "react";
import type { AssessmentCompare } from "../../../../src/shared/health-views.ts";
import { FORM_LABELS, ORIGIN_LABELS, STAGE_LABELS } from "../../../../src/shared/labels.ts";
import { useFetch } from "../../hooks/useFetch.ts";
import { ErrorNotice, Loading } from "../ErrorNotice.tsx";

const BY = { origin: "Origin (mandated or voluntary)", form: "Form", stage: "Stage" } as const;
type By = keyof typeof BY;

const LABELS: Record<By, Record<string, string>> = {
  origin: ORIGIN_LABELS,
  form: FORM_LABELS,
  stage: STAGE_LABELS,
};

/**
 * Partnerships compared on one instrument, grouped by origin, form or stage: per dimension the
 * mean of each assessment's latest shown mean (each partnership counted once); a dimension
 * withheld from you in an assessment is left out of its group.
 */
export function HealthCompare(props: {
  workspace: string;
  instrument: string;
  dimensions: { id: string; name: string }[];
}) {
  const [by, setBy] = useState<By>("origin");
  const path = `/workspaces/${props.workspace}/assessments/compare?instrument=${encodeURIComponent(props.instrument)}&by=${by}`;
  const { data, error } = useFetch<AssessmentCompare>(path);
  const label = (g: string) => LABELS[by][g] ?? (g === "unknown" ? "Not recorded" : g);
  return (
    <section aria-labelledby="health-compare-title">
      <h3 id="health-compare-title">Compare partnerships on this instrument</h3>
      <label className="sc-field">
        <span>Group partnerships by</span>
        <select value={by} onChange={(e) => setBy(e.target.value as By)}>
          {Object.entries(BY).map(([k, v]) => (
            <option key={k} value={k}>
              {v}
            </option>
          ))}
        </select>
      </label>
      {error && <ErrorNotice error={error} />}
      {!data && !error && <Loading what="the comparison" />}
      {data && data.groups.length === 0 && (
        <p>No other assessment on this instrument has answers.</p>
      )}
      {data && data.groups.length > 0 && (
        <div className="table-scroll">
          <table className="sc-table" data-table="health-compare">
            <caption>
              Mean per dimension by {BY[by].toLowerCase()}: each partnership's latest wave counts
              once; n = assessments with the dimension shown to you.
            </caption>
            <thead>
              <tr>
                <th scope="col">Dimension</th>
                {data.groups.map((g) => (
                  <th scope="col" key={g.group}>
                    {label(g.group)} ({g.assessments} assessments, {g.respondents} respondents)
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {props.dimensions.map((d) => (
                <tr key={d.id}>
                  <th scope="row">{d.name}</th>
                  {data.groups.map((g) => {
                    const v = g.dimensions.find((x) => x.id === d.id);
                    return (
                      <td key={g.group} className="number">
                        {v && v.mean !== null ? `${v.mean.toFixed(2)} (n = ${v.n})` : "withheld"}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
