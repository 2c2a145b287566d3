import type { AuditEntry } from "../../../../src/shared/index.ts";
import { queryOf, resourcePath } from "../../api.ts";
import { useCan } from "../../hooks/useAccess.ts";
import { useFetch } from "../../hooks/useFetch.ts";
import { ErrorNotice, Loading } from "../ErrorNotice.tsx";
import { AuditTable } from "./AuditTable.tsx";

/** A record's 'History' from the audit log (owners only; others see nothing of it). */
export function HistoryPanel(props: { workspace: string; collection: string; id: string }) {
  const owner = useCan("owner");
  if (!owner) return null;
  return <RecordHistory {...props} />;
}

function RecordHistory({
  workspace,
  collection,
  id,
}: {
  workspace: string;
  collection: string;
  id: string;
}) {
  const query = queryOf({ collection, recordId: id, limit: 50 });
  const history = useFetch<{ items: AuditEntry[]; total: number }>(
    `${resourcePath(workspace, "audit")}${query}`,
  );
  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading">History</h2>
      {history.error && <ErrorNotice error={history.error} />}
      {!history.data && !history.error && <Loading what="the history" />}
      {history.data && (
        <>
          <AuditTable items={history.data.items} label="History of this record" />
          {history.data.total > history.data.items.length && (
            <p className="muted">
              The latest {history.data.items.length} of {history.data.total} changes.
            </p>
          )}
        </>
      )}
    </section>
  );
}
