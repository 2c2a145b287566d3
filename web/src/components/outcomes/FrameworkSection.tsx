import type { OutcomeSummary } from "../../../../src/shared/outcome-views.ts";
import type { OutcomeFramework, PairedChange } from "../../../../src/shared/outcomes.ts";
import { useFetch } from "../../hooks/useFetch.ts";
import { percent } from "../../lib/appraisal-chart.ts";
import { ErrorNotice, Loading } from "../ErrorNotice.tsx";
import { IndicatorChart } from "./IndicatorChart.tsx";
import { VoiceGaugeHeadline } from "./VoiceGaugeHeadline.tsx";

type Summary = OutcomeSummary;

const SET_BY: Record<string, string> = {
  commissioner: "the commissioner",
  provider: "the provider",
  partners: "the partners",
  users: "users",
  co_produced: "users and partners together",
};
const n = (v: number | null) =>
  v === null ? "—" : v.toLocaleString("en-GB", { maximumFractionDigits: 2 });

/** The API path of a workspace's outcome frameworks (or one, or one's sub-resource). */
export function outcomePath(workspace: string, id?: string, rest = ""): string {
  const base = `/workspaces/${encodeURIComponent(workspace)}/outcome-frameworks`;
  return id === undefined ? base : `${base}/${encodeURIComponent(id)}${rest}`;
}

/** Paired change per indicator: pairs, mean change with its 95 % CI, share improved. */
function PairedTable({ rows, names }: { rows: PairedChange[]; names: Map<string, string> }) {
  const paired = rows.filter((r) => r.pairs > 0);
  if (!paired.length) return <p>No one has been measured both before and after yet.</p>;
  return (
    <div className="table-scroll">
      <table data-table="paired-change">
        <thead>
          <tr>
            <th scope="col">Indicator</th>
            <th scope="col" className="num">
              People paired
            </th>
            <th scope="col" className="num">
              Mean change
            </th>
            <th scope="col" className="num">
              95 % confidence interval
            </th>
            <th scope="col" className="num">
              Improved
            </th>
          </tr>
        </thead>
        <tbody>
          {paired.map((r) => (
            <tr key={r.indicator}>
              <td>{names.get(r.indicator) ?? r.indicator}</td>
              <td className="num">
                {r.pairs}
                {r.unpaired ? ` (+${r.unpaired} unpaired)` : ""}
              </td>
              <td className="num">{n(r.meanChange)}</td>
              <td className="num paired-ci">
                {r.ci95 ? `${n(r.ci95.low)} to ${n(r.ci95.high)}` : "needs two or more people"}
              </td>
              <td className="num">{`${percent(r.improvedShare)} (${r.improved})`}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** One outcome framework: its gauge, outcomes with who set them, a chart per indicator, paired change. */
export function FrameworkSection({ workspace, id }: { workspace: string; id: string }) {
  const framework = useFetch<OutcomeFramework>(outcomePath(workspace, id));
  const summary = useFetch<Summary>(outcomePath(workspace, id, "/summary"));
  const error = framework.error ?? summary.error;
  if (error) return <ErrorNotice error={error} />;
  if (!framework.data || !summary.data) return <Loading what="the outcome framework" />;
  const f = framework.data;
  const names = new Map(summary.data.indicators.map((i) => [i.indicator, i.name]));
  return (
    <section data-framework={f.id}>
      <h2>{f.title}</h2>
      <VoiceGaugeHeadline gauge={summary.data.gauge} involvement={f.involvement} />
      <h3>Outcomes</h3>
      <ul>
        {f.outcomes.map((o) => (
          <li key={o.id}>
            <strong>{o.title}</strong> — set by {SET_BY[o.setBy] ?? o.setBy}
            {o.description ? `. ${o.description}` : ""}
          </li>
        ))}
      </ul>
      <h3>Indicators over time</h3>
      <div className="appraisal-charts">
        {summary.data.indicators.map((ind) =>
          ind.series.length ? (
            <IndicatorChart key={ind.indicator} indicator={ind} />
          ) : (
            <p key={ind.indicator}>{ind.name}: no measures yet.</p>
          ),
        )}
      </div>
      <h3>Change for each person, before and after</h3>
      <PairedTable rows={summary.data.pairedChange} names={names} />
      <p>
        <a href={`/api/v1${outcomePath(workspace, id, "/measures.csv")}`} download>
          Download the measures (CSV)
        </a>
      </p>
    </section>
  );
}
