import { type ChangeEvent, useState } from "react";
import type { Items } from "../../../../src/shared/api-common.ts";
import type { StoredProxy } from "../../../../src/shared/proxies.ts";
import { ApiError } from "../../api.ts";
import { useFetch } from "../../hooks/useFetch.ts";
import { Can } from "../Can.tsx";
import { ErrorNotice, Loading } from "../ErrorNotice.tsx";

/** A proxy's value in its currency, to the penny (unit costs are often small). */
export function proxyMoney(value: number, currency: string): string {
  return value.toLocaleString("en-GB", { style: "currency", currency, maximumFractionDigits: 2 });
}

/** POSTs CSV text to the API; a non-2xx answer becomes an ApiError with its problems. */
async function postCsv<T>(path: string, text: string): Promise<T> {
  const response = await fetch(`/api/v1${path}`, {
    method: "POST",
    headers: { "content-type": "text/csv" },
    body: text,
    credentials: "same-origin",
  });
  const body = await response.json().catch(() => null);
  if (response.ok) return body as T;
  const e = body?.error ?? {};
  throw new ApiError(
    response.status,
    e.code ?? "error",
    e.message ?? `The server answered ${response.status}`,
    e.problems ?? [],
  );
}

/** An error with each problem named (a CSV line and column, or a JSON path). */
export function ProblemsNotice({ error }: { error: ApiError }) {
  return (
    <>
      <ErrorNotice error={error} />
      {error.problems.length > 0 && (
        <ul className="problems">
          {error.problems.map((p) => (
            <li key={`${p.path}:${p.message}`}>
              <strong>{p.path}</strong>: {p.message}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** The workspace's proxy library: each proxy with its value, unit, price year and source; CSV in and out. */
export function ProxyLibrary({ workspace }: { workspace: string }) {
  const path = `/workspaces/${workspace}/proxies`;
  const { data, error, reload } = useFetch<Items<StoredProxy>>(path);
  const [outcome, setOutcome] = useState<string | ApiError | null>(null);
  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    try {
      const { added } = await postCsv<{ added: number }>(`${path}/import`, await file.text());
      setOutcome(`${added} proxies added from ${file.name}.`);
      reload();
    } catch (cause) {
      setOutcome(cause instanceof ApiError ? cause : new ApiError(0, "network", String(cause)));
    }
    event.target.value = "";
  };
  return (
    <section aria-labelledby="proxy-library-heading">
      <h2 id="proxy-library-heading">Proxy library</h2>
      <p className="muted">
        Financial proxies this workspace keeps with their sources, to copy into value maps. None is
        shipped: enter or import your own.
      </p>
      {error && <ErrorNotice error={error} />}
      {!data && !error && <Loading what="the proxy library" />}
      {data && data.items.length === 0 && <p>The library is empty.</p>}
      {data && data.items.length > 0 && (
        <section
          className="table-scroll"
          // biome-ignore lint/a11y/noNoninteractiveTabindex: axe requires a scrollable region to take focus
          tabIndex={0}
          aria-label="Proxies in the library"
        >
          <table>
            <caption>Proxies</caption>
            <thead>
              <tr>
                <th scope="col">Proxy</th>
                <th scope="col">Value</th>
                <th scope="col">Per</th>
                <th scope="col">Prices of</th>
                <th scope="col">Source</th>
                <th scope="col">Confidence (1–5)</th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((p) => (
                <tr key={p.id}>
                  <th scope="row">{p.name}</th>
                  <td className="number">{proxyMoney(p.value, p.currency)}</td>
                  <td>{p.unit}</td>
                  <td>{p.year}</td>
                  <td>{p.source}</td>
                  <td className="number">{p.confidence ?? "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      <p>
        <a href={`/api/v1${path}.csv`}>Download the library (CSV)</a>
      </p>
      <Can atLeast="analyst">
        <label>
          Import proxies from a CSV file (id, name, value, unit, currency, year, source, confidence,
          notes; all or nothing) <input type="file" accept="text/csv,.csv" onChange={onFile} />
        </label>
      </Can>
      {typeof outcome === "string" && <p role="status">{outcome}</p>}
      {outcome instanceof ApiError && <ProblemsNotice error={outcome} />}
    </section>
  );
}
