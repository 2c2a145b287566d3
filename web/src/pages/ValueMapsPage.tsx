import { type ChangeEvent, useState } from "react";
import type { Items } from "../../../src/shared/api-common.ts";
import type { ValueMapDocument } from "../../../src/shared/value-map.ts";
import type { ValueMapResult } from "../../../src/shared/value-map-results.ts";
import type { ValueMapSummary, ValueMapView } from "../../../src/shared/value-map-views.ts";
import { ApiError, apiFetch } from "../api.ts";
import { Can } from "../components/Can.tsx";
import { ErrorNotice, Loading } from "../components/ErrorNotice.tsx";
import { ProxyCopy } from "../components/value-maps/ProxyCopy.tsx";
import { ProxyLibrary } from "../components/value-maps/ProxyLibrary.tsx";
import { ValueMapResults } from "../components/value-maps/ValueMapResults.tsx";
import { useFetch } from "../hooks/useFetch.ts";
import { useQuery } from "../router.tsx";

type Doc = ValueMapDocument;

const namesOf = (doc: Doc) => Object.fromEntries(doc.perspectives.map((p) => [p.id, p.name]));

/** One stored value map: its title, notes (where a reconstruction says so), results and reports. */
function StoredMap({ workspace, id }: { workspace: string; id: string }) {
  const path = `/workspaces/${workspace}/value-maps/${id}`;
  const map = useFetch<ValueMapView>(path);
  const results = useFetch<ValueMapResult>(`${path}/results`);
  if (map.error) return <ErrorNotice error={map.error} />;
  if (!map.data) return <Loading what="the value map" />;
  const doc = map.data.document;
  return (
    <section aria-label={doc.title}>
      <h2>{doc.title}</h2>
      {doc.notes && <p className="muted">{doc.notes}</p>}
      {results.error && <ErrorNotice error={results.error} />}
      {results.data && (
        <ValueMapResults result={results.data} names={namesOf(doc)} currency={doc.currency} />
      )}
      <Can atLeast="analyst" createdBy={map.data.createdBy}>
        <ProxyCopy
          workspace={workspace}
          id={id}
          currency={doc.currency}
          outcomes={doc.outcomes}
          onCopied={() => {
            map.reload();
            results.reload();
          }}
        />
      </Can>
      <p>
        Reports: <a href={`/api/v1${path}/export.xlsx`}>workbook (XLSX)</a> ·{" "}
        <a href={`/api/v1${path}/export.html`}>printable report (HTML)</a>
      </p>
    </section>
  );
}

/** Evaluates a value map file without storing it. */
function EvaluateFile({ workspace }: { workspace: string }) {
  const [state, setState] = useState<{ doc: Doc; result: ValueMapResult } | ApiError | null>(null);
  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    try {
      const doc = JSON.parse(await file.text()) as Doc;
      const result = await apiFetch<ValueMapResult>(
        `/workspaces/${workspace}/value-maps/evaluate`,
        {
          method: "POST",
          body: { document: doc },
        },
      );
      setState({ doc, result });
    } catch (cause) {
      setState(
        cause instanceof ApiError
          ? cause
          : new ApiError(0, "invalid", `${file.name} is not valid JSON`),
      );
    }
  };
  return (
    <section aria-label="Evaluate a file">
      <h2>Evaluate a value map file</h2>
      <label>
        A partnerscope-valuemap/v1 JSON file (not stored){" "}
        <input type="file" accept="application/json,.json" onChange={onFile} />
      </label>
      {state instanceof ApiError && <ErrorNotice error={state} />}
      {state && !(state instanceof ApiError) && (
        <ValueMapResults
          result={state.result}
          names={namesOf(state.doc)}
          currency={state.doc.currency}
        />
      )}
    </section>
  );
}

/** The workspace's value maps (SROI / cost-benefit by perspective) and an evaluator for a file. */
export function ValueMapsPage({ workspace }: { workspace: string }) {
  const { data, error } = useFetch<Items<ValueMapSummary>>(`/workspaces/${workspace}/value-maps`);
  const [query, setQuery] = useQuery();
  const selected = query.get("map");
  if (error) return <ErrorNotice error={error} />;
  if (!data) return <Loading what="value maps" />;
  return (
    <>
      <div className="page-head">
        <h1>Value maps</h1>
      </div>
      <p className="muted">
        Social value beside costs: each outcome's quantity, financial proxy, deadweight,
        displacement, attribution and drop-off, discounted, and the ratio from each perspective.
      </p>
      {data.items.length === 0 ? (
        <p>No value maps stored yet.</p>
      ) : (
        <ul>
          {data.items.map((m) => (
            <li key={m.id}>
              <button
                type="button"
                className="link"
                aria-pressed={selected === m.id}
                onClick={() => setQuery({ map: m.id })}
              >
                {m.title}
              </button>{" "}
              <span className="muted">
                ({m.outcomes} outcomes, {m.perspectives} perspectives)
              </span>
            </li>
          ))}
        </ul>
      )}
      {selected && <StoredMap key={selected} workspace={workspace} id={selected} />}
      <EvaluateFile workspace={workspace} />
      <ProxyLibrary workspace={workspace} />
    </>
  );
}
