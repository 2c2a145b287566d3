import type { Items } from "../../../src/shared/api-common.ts";
import type { AuditEntry, Member } from "../../../src/shared/index.ts";
import { queryOf, resourcePath } from "../api.ts";
import { ErrorNotice, Loading } from "../components/ErrorNotice.tsx";
import { SelectField, TextField } from "../components/Fields.tsx";
import { Pagination } from "../components/Pagination.tsx";
import { AuditTable } from "../components/people/AuditTable.tsx";
import { OwnersOnly } from "../components/people/OwnersOnly.tsx";
import { useFetch } from "../hooks/useFetch.ts";
import { ACTION_WORDS } from "../lib/audit-words.ts";
import { dayAfter } from "../lib/people-format.ts";
import { useQuery } from "../router.tsx";

const LIMIT = 50;
const ACTIONS = Object.entries(ACTION_WORDS).map(([value, label]) => ({ value, label }));

/** The workspace's audit log (owners): who changed what and when, filtered, and as CSV. */
export function HistoryPage({ workspace }: { workspace: string }) {
  return (
    <OwnersOnly title="History">
      <History workspace={workspace} />
    </OwnersOnly>
  );
}

function History({ workspace }: { workspace: string }) {
  const [query, setQuery] = useQuery();
  const filters = {
    actor: query.get("person") ?? "",
    action: query.get("action") ?? "",
    from: query.get("from") ?? "",
    to: query.get("to") ?? "",
  };
  const offset = Number(query.get("offset") ?? 0) || 0;
  const apiFilters = { ...filters, to: filters.to ? dayAfter(filters.to) : "" };
  const path = resourcePath(workspace, "audit");
  const log = useFetch<{ items: AuditEntry[]; total: number }>(
    path + queryOf({ ...apiFilters, limit: LIMIT, offset }),
  );
  const members = useFetch<Items<Member>>(resourcePath(workspace, "members"));
  const people = (members.data?.items ?? [])
    .filter((m) => m.email)
    .map((m) => ({ value: m.email!, label: `${m.name} (${m.email})` }));
  const set = (key: string) => (value: string) => setQuery({ [key]: value, offset: null });

  return (
    <>
      <div className="page-head">
        <h1>History</h1>
        <a className="button" href={`/api/v1${path}.csv${queryOf(apiFilters)}`} download>
          Download as CSV
        </a>
      </div>
      <p className="muted">
        Every change to this workspace: who made it, when, and what it changed. Nothing here can be
        edited or removed.
      </p>
      <div className="filters">
        <SelectField
          id="history-person"
          label="Person"
          value={filters.actor}
          options={people}
          empty="Anyone"
          onChange={set("person")}
        />
        <SelectField
          id="history-action"
          label="Action"
          value={filters.action}
          options={ACTIONS}
          empty="Any action"
          onChange={set("action")}
        />
        <TextField
          id="history-from"
          label="From"
          type="date"
          value={filters.from}
          onChange={set("from")}
        />
        <TextField id="history-to" label="To" type="date" value={filters.to} onChange={set("to")} />
      </div>
      {log.error && <ErrorNotice error={log.error} />}
      {!log.data && !log.error && <Loading what="the history" />}
      {log.data && (
        <>
          <p className="result-count" aria-live="polite">
            {log.data.total === 1 ? "1 change" : `${log.data.total} changes`}
          </p>
          <AuditTable items={log.data.items} label="Workspace history" showRecord />
          <Pagination
            total={log.data.total}
            limit={LIMIT}
            offset={offset}
            onOffset={(next) => setQuery({ offset: next ? String(next) : null })}
          />
        </>
      )}
    </>
  );
}
