import type { MerlinScores } from "../../../src/shared/index.ts";
import { MERLIN_RELATION_LABELS } from "../../../src/shared/merlin.ts";
import type { MerlinResultView } from "../../../src/shared/respondents.ts";
import { ErrorNotice, Loading } from "../components/ErrorNotice.tsx";
import { Assumptions } from "../components/supply-chain/Assumptions.tsx";
import { MerlinBars } from "../components/supply-chain/MerlinBars.tsx";
import { RespondentLinks } from "../components/supply-chain/RespondentLinks.tsx";
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
  const { data, error } = useFetch<MerlinResultView>(supplyChainPath(workspace, id, "/merlin"));
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
        Merlin Standard for supply-chain management, confidentially. Send each partner a respondent
        link (below) to answer without an account, or enter answers yourself in{" "}
        <Link href={formHref}>the survey form</Link>.
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
      {data.byOrganisation.length > 0 && <ByOrganisation groups={data.byOrganisation} />}
      <Assumptions lines={data.assumptions} title="How the scores are worked out" />
      <RespondentLinks workspace={workspace} id={id} />
    </>
  );
}

/** Each organisation's answers: held back unless three or more (or the viewer's own). */
function ByOrganisation({ groups }: { groups: MerlinResultView["byOrganisation"] }) {
  return (
    <>
      <h2>By organisation</h2>
      <p>
        An organisation's answers are shown to the others only as totals of three or more people,
        and never where the totals shown would give away fewer; you always see your own
        organisation's.
      </p>
      <div className="table-scroll">
        <table className="sc-table" data-table="merlin-organisations">
          <thead>
            <tr>
              <th scope="col">Organisation</th>
              <th scope="col" className="num">
                Respondents
              </th>
              <th scope="col">Overall</th>
            </tr>
          </thead>
          <tbody>
            {groups.map((g) => (
              <tr key={g.organisation ?? ""}>
                <th scope="row">
                  {g.name ?? g.organisation ?? "Entered by members"}
                  {g.own && " (yours)"}
                </th>
                <td className="num">{g.respondents}</td>
                <td>{overallWords(g)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
