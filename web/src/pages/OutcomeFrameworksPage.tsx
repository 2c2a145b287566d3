import { useState } from "react";
import type {
  OutcomeFrameworkList,
  OutcomeFrameworkSummary,
} from "../../../src/shared/outcome-views.ts";
import { Can } from "../components/Can.tsx";
import { ErrorNotice, Loading } from "../components/ErrorNotice.tsx";
import { FrameworkEditor } from "../components/outcomes/FrameworkEditor.tsx";
import { FrameworkSection, outcomePath } from "../components/outcomes/FrameworkSection.tsx";
import { FrameworkTools } from "../components/outcomes/FrameworkTools.tsx";
import { VoiceGaugeHeadline } from "../components/outcomes/VoiceGaugeHeadline.tsx";
import { useFetch } from "../hooks/useFetch.ts";
import { useNames } from "../hooks/useNames.ts";
import { percent } from "../lib/appraisal-chart.ts";
import { Link, useQuery } from "../router.tsx";
import "../components/appraisal/appraisal.css";
import "../components/outcomes/outcomes.css";

type Item = OutcomeFrameworkSummary;

/** What a framework is for, in words, linking a partnership's to its outcomes page. */
function TargetCell({ workspace, item }: { workspace: string; item: Item }) {
  const names = useNames(workspace);
  if (item.partnership)
    return (
      <Link
        href={`/w/${encodeURIComponent(workspace)}/partnerships/${encodeURIComponent(item.partnership)}/outcomes`}
      >
        Partnership: {names.get(item.partnership) ?? item.partnership}
      </Link>
    );
  if (item.contract) return <>Contract {item.contract}</>;
  if (item.supplyChain) return <>Supply chain {item.supplyChain}</>;
  return <>Not attached</>;
}

/**
 * Every outcome framework of a workspace with the workspace's voice-of-users headline; editors
 * create frameworks for a partnership, a contract or a supply chain, and open one to change it.
 */
export function OutcomeFrameworksPage({ workspace }: { workspace: string }) {
  const { data, error, reload } = useFetch<OutcomeFrameworkList>(outcomePath(workspace));
  const [query, setQuery] = useQuery();
  const [creating, setCreating] = useState(false);
  const [version, setVersion] = useState(0);
  const selected = query.get("framework");
  if (error) return <ErrorNotice error={error} />;
  if (!data) return <Loading what="the outcome frameworks" />;
  return (
    <>
      <h1>Outcome frameworks</h1>
      <VoiceGaugeHeadline gauge={data.gauge} />
      <Can atLeast="editor">
        {creating ? (
          <FrameworkEditor
            workspace={workspace}
            target={null}
            id={null}
            onSaved={(saved) => {
              setCreating(false);
              reload();
              setQuery({ framework: saved.id });
            }}
            onCancel={() => setCreating(false)}
          />
        ) : (
          <button type="button" className="primary" onClick={() => setCreating(true)}>
            New outcome framework
          </button>
        )}
      </Can>
      {data.items.length === 0 ? (
        <p>No outcome frameworks yet.</p>
      ) : (
        <div className="table-scroll">
          <table data-table="outcome-frameworks">
            <thead>
              <tr>
                <th scope="col">Framework</th>
                <th scope="col">For</th>
                <th scope="col" className="num">
                  Indicators
                </th>
                <th scope="col" className="num">
                  Set or co-set by users
                </th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((f) => (
                <tr key={f.id}>
                  <td>
                    <button
                      type="button"
                      className="link"
                      aria-pressed={selected === f.id}
                      onClick={() => setQuery({ framework: f.id })}
                    >
                      {f.title}
                    </button>
                  </td>
                  <td>
                    <TargetCell workspace={workspace} item={f} />
                  </td>
                  <td className="num">{f.indicators}</td>
                  <td className="num">{`${percent(f.gauge.share)} of ${f.gauge.outcomes}`}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {selected && (
        <div key={selected}>
          <FrameworkSection key={`${selected}:${version}`} workspace={workspace} id={selected} />
          <Can atLeast="editor">
            <FrameworkTools
              workspace={workspace}
              id={selected}
              onChange={() => {
                setVersion((v) => v + 1);
                reload();
              }}
            />
          </Can>
        </div>
      )}
    </>
  );
}
