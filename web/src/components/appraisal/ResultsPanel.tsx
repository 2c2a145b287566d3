import { useEffect, useState } from "react";
import type { AppraisalDetail, AppraisalRunView } from "../../../../src/shared/appraisal-views.ts";
import type { OptionAppraisal } from "../../../../src/shared/index.ts";
import { STAGE_LABELS } from "../../../../src/shared/index.ts";
import { ApiError, apiFetch } from "../../api.ts";
import { percent, shortMoney } from "../../lib/appraisal-chart.ts";
import { formatMoney } from "../../lib/format.ts";
import { ErrorNotice, Loading } from "../ErrorNotice.tsx";
import { AssumptionsList } from "./AssumptionsList.tsx";
import { CashFlowChart } from "./CashFlowChart.tsx";
import { McdaTable } from "./McdaTable.tsx";
import { NpvHistogram } from "./NpvHistogram.tsx";
import { TornadoChart } from "./TornadoChart.tsx";
import "./appraisal.css";

function OptionsTable(props: {
  options: OptionAppraisal[];
  currency: string;
  chosen: string;
  onChoose: (id: string) => void;
}) {
  return (
    <div className="table-scroll">
      <table className="options-table">
        <thead>
          <tr>
            <th scope="col">Option (continuum stage)</th>
            <th scope="col">NPV</th>
            <th scope="col">P(NPV &gt; 0)</th>
            <th scope="col">Payback year</th>
            <th scope="col">Savings switching factor</th>
          </tr>
        </thead>
        <tbody>
          {[...props.options]
            .sort((a, b) => a.stage - b.stage)
            .map((o) => (
              <tr key={o.id} className={o.id === props.chosen ? "chosen" : undefined}>
                <td>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => props.onChoose(o.id)}
                    aria-pressed={o.id === props.chosen}
                  >
                    {o.name}
                  </button>
                  <span className="muted">
                    {" "}
                    · {o.stage} {STAGE_LABELS[o.stage as keyof typeof STAGE_LABELS]}
                  </span>
                </td>
                <td className="num" data-testid={`npv-${o.id}`}>
                  {formatMoney(o.npv, props.currency)}
                </td>
                <td className="num">{percent(o.monteCarlo.probPositive)}</td>
                <td className="num">{o.paybackYear ?? "never"}</td>
                <td className="num">
                  {o.savingsSwitchingFactor === null ? "—" : o.savingsSwitchingFactor.toFixed(2)}
                </td>
              </tr>
            ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * Runs the engine on the latest version and shows options, charts, ranking and assumptions: reading
 * a stored appraisal's results changes nothing, so every member sees them (viewers included).
 */
export function ResultsPanel(props: { workspace: string; appraisal: AppraisalDetail }) {
  return <RunResults {...props} />;
}

function RunResults({ workspace, appraisal }: { workspace: string; appraisal: AppraisalDetail }) {
  const [run, setRun] = useState<AppraisalRunView | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  // Until someone picks one, show the decided option, else the top-ranked one.
  const [chosen, setChosen] = useState<string | null>(appraisal.decidedOption);
  const path = `/workspaces/${encodeURIComponent(workspace)}/appraisals/${encodeURIComponent(appraisal.id)}`;
  useEffect(() => {
    apiFetch<AppraisalRunView>(`${path}/results`, { method: "POST" })
      .then(setRun)
      .catch((e: unknown) =>
        setError(e instanceof ApiError ? e : new ApiError(0, "error", String(e))),
      );
  }, [path]);
  if (error) return <ErrorNotice error={error} />;
  if (!run) return <Loading what="the results (Monte Carlo)" />;
  const { result } = run;
  const option =
    result.options.find((o) => o.id === chosen) ??
    result.options.find((o) => o.mcda.rank === 1) ??
    result.options[0]!;
  const doc = appraisal.document.options.find((o) => o.id === option.id);
  const lineNames = Object.fromEntries((doc?.lines ?? []).map((l) => [l.id, l.name ?? l.id]));
  return (
    <section aria-labelledby="results-heading">
      <h2 id="results-heading">Results (version {run.version})</h2>
      <OptionsTable
        options={result.options}
        currency={result.currency}
        chosen={option.id}
        onChoose={setChosen}
      />
      <h3>
        {option.name}: NPV <span data-testid="npv">{formatMoney(option.npv, result.currency)}</span>
      </h3>
      {option.flags.length > 0 && (
        <ul className="flags">
          {option.flags.map((f) => (
            <li key={f.code}>{f.message}</li>
          ))}
        </ul>
      )}
      <div className="appraisal-charts">
        <CashFlowChart option={option} currency={result.currency} />
        <NpvHistogram option={option} currency={result.currency} />
        <TornadoChart option={option} currency={result.currency} lineNames={lineNames} />
      </div>
      <McdaTable result={result} doc={appraisal.document} />
      <AssumptionsList
        assumptions={result.assumptions}
        note={`Mean NPV ${shortMoney(option.monteCarlo.mean, result.currency)} over ${result.monteCarlo.iterations.toLocaleString("en-GB")} runs, seed ${result.monteCarlo.seed}: the same seed gives the same numbers.`}
      />
      <p className="exports">
        Export:{" "}
        <a href={`/api/v1${path}/export.json`} download>
          JSON
        </a>{" "}
        ·{" "}
        <a href={`/api/v1${path}/export.csv`} download>
          CSV (cash flows)
        </a>{" "}
        ·{" "}
        <a href={`/api/v1${path}/export.xlsx`} download>
          XLSX workbook
        </a>{" "}
        ·{" "}
        <a href={`/api/v1${path}/report.html`} target="_blank" rel="noopener">
          Printable report (HTML, opens in a new tab)
        </a>
      </p>
    </section>
  );
}
