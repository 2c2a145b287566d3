import { EVENT_TYPE_LABELS, type LifecycleEvent, STAGE_LABELS } from "../../../src/shared/index.ts";
import { EntityLink, OrganisationLinks } from "../components/EntityLink.tsx";
import { ErrorNotice, Loading } from "../components/ErrorNotice.tsx";
import { ListFilters } from "../components/ListFilters.tsx";
import { Pagination } from "../components/Pagination.tsx";
import { SortHeader } from "../components/SortHeader.tsx";
import { useList } from "../hooks/useList.ts";
import { useNames } from "../hooks/useNames.ts";
import { formatDate } from "../lib/format.ts";
import { labelOf, optionsOf } from "../lib/options.ts";

const FILTERS = [{ key: "type", label: "Event type", options: optionsOf(EVENT_TYPE_LABELS) }];

/** Every life-cycle event in a workspace, in date order, filterable by event type. */
export function EventsPage({ workspace }: { workspace: string }) {
  const list = useList<LifecycleEvent>(workspace, "events", ["type"], "date");
  const names = useNames(workspace);
  return (
    <>
      <h1>Life-cycle events</h1>
      <ListFilters
        searchLabel="Search events"
        q={list.q}
        onSearch={list.setSearch}
        filters={FILTERS}
        values={list.filters}
        onFilter={list.setFilter}
      />
      {list.error && <ErrorNotice error={list.error} />}
      {list.loading && !list.data && <Loading what="events" />}
      {list.data && (
        <>
          <p className="result-count">
            {list.data.total === 1 ? "1 event" : `${list.data.total} events`}
          </p>
          <div className="table-scroll">
            <table>
              <thead>
                <tr>
                  <SortHeader field="date" label="Date" sort={list.sort} onSort={list.setSort} />
                  <th scope="col">Event</th>
                  <th scope="col">Partnership</th>
                  <th scope="col">Organisations</th>
                  <th scope="col">Continuum stage</th>
                  <th scope="col">Note</th>
                </tr>
              </thead>
              <tbody>
                {list.data.items.map((e) => (
                  <tr key={e.id}>
                    <td className="nowrap">{formatDate(e.date)}</td>
                    <td>{labelOf(EVENT_TYPE_LABELS, e.type)}</td>
                    <td>
                      <EntityLink
                        workspace={workspace}
                        resource="partnerships"
                        id={e.partnership}
                        names={names}
                      />
                    </td>
                    <td>
                      <OrganisationLinks
                        workspace={workspace}
                        ids={e.organisations}
                        names={names}
                      />
                    </td>
                    <td>
                      {e.stage === null
                        ? "—"
                        : `${e.stage} · ${STAGE_LABELS[e.stage as keyof typeof STAGE_LABELS]}`}
                    </td>
                    <td className="wide-text">{e.note ?? ""}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {list.data.items.length === 0 && <p className="muted">No events match.</p>}
          <Pagination
            total={list.data.total}
            limit={list.data.limit}
            offset={list.data.offset}
            onOffset={list.setOffset}
          />
        </>
      )}
    </>
  );
}
