import { useState } from "react";
import type { FormResults as Results } from "../../../../src/shared/forms.ts";
import { useFetch } from "../../hooks/useFetch.ts";
import { ErrorNotice, Loading } from "../ErrorNotice.tsx";
import { SelectField } from "../Fields.tsx";
import { formsPath } from "./form-api.ts";

type Group = Results["overall"];
const BY = [
  { value: "researcher", label: "Community researcher" },
  { value: "phase", label: "Before or after" },
  { value: "language", label: "Language" },
  { value: "link", label: "Kind of link" },
];
const n = (v: number | null) =>
  v === null ? "—" : v.toLocaleString("en-GB", { maximumFractionDigits: 2 });

function GroupTable({ group, heading }: { group: Group; heading: string }) {
  if (group.withheld)
    return (
      <p data-group={group.group}>
        <strong>{heading}:</strong> withheld — fewer than three people answered.
      </p>
    );
  return (
    <div className="table-scroll">
      <table data-group={group.group}>
        <caption>
          {heading}: {group.respondents} people
        </caption>
        <thead>
          <tr>
            <th scope="col">Question</th>
            <th scope="col" className="num">
              Answered
            </th>
            <th scope="col" className="num">
              Mean
            </th>
            <th scope="col">Answers chosen</th>
          </tr>
        </thead>
        <tbody>
          {group.questions.map((q) => (
            <tr key={q.id}>
              <th scope="row">{q.text}</th>
              <td className="num">{q.answered}</td>
              <td className="num">{n(q.mean)}</td>
              <td>
                {q.counts.length ? q.counts.map((c) => `${c.label}: ${c.count}`).join(" · ") : "—"}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A form's results for everyone and by group, with the three-respondent rule stated. */
export function FormResults({ workspace, form }: { workspace: string; form: string }) {
  const [by, setBy] = useState("researcher");
  const path = formsPath(workspace, form, `/results?by=${by}`);
  const { data, error } = useFetch<Results>(path);
  return (
    <section aria-labelledby="form-results-title">
      <h2 id="form-results-title">Results</h2>
      <SelectField
        id="results-by"
        label="Group answers by"
        value={by}
        onChange={setBy}
        options={BY}
      />
      {error && <ErrorNotice error={error} />}
      {!data && !error && <Loading what="the results" />}
      {data && (
        <>
          <GroupTable group={data.overall} heading="Everyone" />
          {data.groups.map((g) => (
            <GroupTable key={g.group} group={g} heading={g.group} />
          ))}
          <h3>How these figures are made</h3>
          <ul>
            {data.assumptions.map((a) => (
              <li key={a}>{a}</li>
            ))}
          </ul>
          <p>
            <a href={`/api/v1${path}`} download={`${form}-results.json`}>
              Download the results (JSON)
            </a>{" "}
            ·{" "}
            <a
              href={`/api/v1${formsPath(workspace, form, `/results.csv?by=${by}`)}`}
              download={`${form}-results.csv`}
            >
              Download the results (CSV)
            </a>
          </p>
        </>
      )}
    </section>
  );
}
