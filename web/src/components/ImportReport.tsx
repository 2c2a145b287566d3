import { IMPORT_RECORD_NOUNS, reportLineOf } from "../../../src/shared/import-report.ts";
import {
  type ImportResult,
  idsSummary,
  type ReportError,
} from "../../../src/shared/interop-views.ts";

/** Report entries grouped by rule: what, how many records, and up to three examples with values. */
function ReportTable(props: {
  rows: readonly ReportError[];
  label: string;
  records: number | undefined;
  noun: string;
}) {
  const { rows, label } = props;
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">{label}</th>
          <th scope="col">Records</th>
          <th scope="col">Examples</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((e) => (
          <tr key={e.rule}>
            <td>
              {reportLineOf(e, props.records, props.noun)}
              <br />
              <small>{e.rule}</small>
            </td>
            <td className="number">{e.count.toLocaleString("en-GB")}</td>
            <td>
              <ul>
                {e.examples.slice(0, 3).map((x) => (
                  <li key={x}>
                    <code>{x}</code>
                  </li>
                ))}
              </ul>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The validation report grouped by rule (errors, then value warnings), then what was or would be written. */
export function ImportReport({ result }: { result: ImportResult }) {
  const { report } = result;
  const verb = result.dryRun ? "Would" : "Did";
  const noun = IMPORT_RECORD_NOUNS[result.kind] ?? "record";
  return (
    <section className="import-report" aria-label="Validation report">
      <h3>{report.valid ? "The file is valid" : `${report.errors.length} kind(s) of problem`}</h3>
      {report.errors.length > 0 && (
        <ReportTable rows={report.errors} label="Problem" records={report.records} noun={noun} />
      )}
      {(report.valueWarnings ?? []).length > 0 && (
        <>
          <h4>Warnings: stored as given, or left out where noted</h4>
          <ReportTable
            rows={report.valueWarnings ?? []}
            label="Warning"
            records={report.records}
            noun={noun}
          />
        </>
      )}
      {report.warnings.map((w) => (
        <p key={w} className="note">
          Note: {w}
        </p>
      ))}
      <dl className="import-outcome">
        <dt>{verb} create</dt>
        <dd>{idsSummary(result.created)}</dd>
        <dt>{verb} change</dt>
        <dd>
          {idsSummary(result.changed)} ({result.unchanged} unchanged)
        </dd>
        <dt>{verb} merge</dt>
        <dd>
          {result.merged.length
            ? result.merged.map((m) => `${m.id} → ${m.into}`).join(", ")
            : "nothing"}
        </dd>
      </dl>
      {!result.dryRun && (
        <p>
          {result.batch
            ? `Recorded as import batch ${result.batch}.`
            : "Nothing changed; no batch recorded."}
        </p>
      )}
    </section>
  );
}
