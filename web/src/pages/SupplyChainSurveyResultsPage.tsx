import type { MerlinResult, MerlinScores } from "../../../src/shared/index.ts";
import { MERLIN_RELATION_LABELS } from "../../../src/shared/merlin.ts";
import { ErrorNotice, Loading } from "../components/ErrorNotice.tsx";
import { Assumptions } from "../components/supply-chain/Assumptions.tsx";
import { MerlinBars } from "../components/supply-chain/MerlinBars.tsx";
import { SupplyChainTabs } from "../components/supply-chain/SupplyChainTabs.tsx";
import { useFetch } from "../hooks/useFetch.ts";
import { supplyChainHref, supplyChainPath } from "../lib/supply-chain-api.ts";
import { Link } from "../router.tsx";
import "../components/supply-chain/supply-chain.css";

function overallWords(s: MerlinScores): string {
  if (s.withheld)
    return s.respondents === 0
      ? "no answers yet"
      : `held back (${s.respondents} respondent${s.respondents === 1 ? "" : "s"})`;
  return s.overall?.percent == null
    ? "no answers"
    : `${s.overall.percent.toFixed(0)}% (${s.overall.band})`;
}

/** The Merlin-style supply-chain check: scores per principle overall and by relation, small groups held back. */
export function SupplyChainSurveyResultsPage({ workspace, id }: { workspace: string; id: string }) {
  const { data, error } = useFetch<MerlinResult>(supplyChainPath(workspace, id, "/merlin"));
  if (error) return <ErrorNotice error={error} />;
  if (!data) return <Loading what="the partner survey" />;
  const formHref = supplyChainHref(workspace, id, "/survey");
  return (
    <>
      <p className="breadcrumb">
        <Link href={supplyChainHref(workspace)}>Supply chains</Link> /{" "}
        <Link href={supplyChainHref(workspace, id)}>{id}</Link> /
      </p>
      <h1>Partner survey (Merlin-style check)</h1>
      <SupplyChainTabs workspace={workspace} id={id} current="/survey/results" />
      <p>
        Past, present and potential partners rate the prime against the eight principles of the
        Merlin Standard for supply-chain management, confidentially. Share{" "}
        <Link href={formHref}>the survey form</Link> with them.
      </p>
      <p>
        {data.respondents} respondent{data.respondents === 1 ? "" : "s"}; overall:{" "}
        <strong>{overallWords(data)}</strong>.
      </p>
      {data.principles ? (
        <MerlinBars principles={data.principles} />
      ) : (
        <p className="notice">Scores appear once three or more partners have answered.</p>
      )}
      <h2>By relation to the chain</h2>
      <div className="table-scroll">
        <table className="sc-table" data-table="merlin-relations">
          <thead>
            <tr>
              <th scope="col">Respondents</th>
              <th scope="col" className="num">
                Number
              </th>
              <th scope="col">Overall</th>
            </tr>
          </thead>
          <tbody>
            {data.byRelation.map((g) => (
              <tr key={g.relation}>
                <th scope="row">{MERLIN_RELATION_LABELS[g.relation]}s</th>
                <td className="num">{g.respondents}</td>
                <td>{overallWords(g)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Assumptions lines={data.assumptions} title="How the scores are worked out" />
    </>
  );
}
