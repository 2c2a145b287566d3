import type { Items } from "../../../src/shared/api-common.ts";
import type { ProvenanceEntry } from "../../../src/shared/index.ts";
import { resourcePath } from "../api.ts";
import { useFetch } from "../hooks/useFetch.ts";
import { Link } from "../router.tsx";
import { ErrorNotice, Loading } from "./ErrorNotice.tsx";

const KIND_NAMES: Record<string, string> = {
  ocds: "OCDS contracts",
  "360giving": "360Giving grants",
  csv: "Spreadsheet",
};

/**
 * Where a record came from: each import that wrote it (or found it unchanged), with the file, the
 * publisher and the record in that file (grant id, OCDS release ids, spreadsheet row).
 */
export function ProvenanceSection(props: {
  workspace: string;
  collection: "organisations" | "partnerships" | "events" | "contracts";
  id: string;
}) {
  const { data, error, loading } = useFetch<Items<ProvenanceEntry>>(
    `${resourcePath(props.workspace, props.collection, props.id)}/provenance`,
  );
  const imports = `/w/${encodeURIComponent(props.workspace)}/imports`;
  return (
    <section aria-labelledby="provenance-heading">
      <h2 id="provenance-heading">Where this record came from</h2>
      {error && <ErrorNotice error={error} />}
      {loading && !data && <Loading what="its sources" />}
      {data && data.items.length === 0 && (
        <p className="muted">
          No OCDS, 360Giving or spreadsheet import has written this record: it was entered here or
          came in a partnerscope file.
        </p>
      )}
      {data && data.items.length > 0 && (
        <div className="table-scroll">
          <table aria-label="Sources of this record">
            <thead>
              <tr>
                <th scope="col">Imported</th>
                <th scope="col">From</th>
                <th scope="col">File</th>
                <th scope="col">Publisher</th>
                <th scope="col">Record in the file</th>
                <th scope="col">Import</th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((p) => (
                <tr key={`${p.batch}-${p.sourceId}`}>
                  <td>{p.importedAt.slice(0, 16).replace("T", " ")}</td>
                  <td>{KIND_NAMES[p.importKind] ?? p.importKind}</td>
                  <td>{p.sourceFile}</td>
                  <td>{p.publisher ?? "—"}</td>
                  <td className="mono">
                    {p.sourceId ?? "—"}
                    {p.ocid && p.sourceId !== p.ocid && <div className="muted">{p.ocid}</div>}
                  </td>
                  <td>
                    <Link href={imports}>
                      <code>{p.batch}</code>
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
