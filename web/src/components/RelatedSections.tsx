import type { Contract, EvidenceItem, LifecycleEvent } from "../../../src/shared/index.ts";
import { type ListResult, resourcePath } from "../api.ts";
import { useFetch } from "../hooks/useFetch.ts";
import type { NameMap } from "../hooks/useNames.ts";
import { ContractsTable } from "./ContractsTable.tsx";
import { ErrorNotice, Loading } from "./ErrorNotice.tsx";
import { EventsTimeline } from "./EventsTimeline.tsx";
import { EvidenceTable } from "./EvidenceTable.tsx";

/** The timeline, contracts and evidence of one organisation or partnership. */
export function RelatedSections(props: {
  workspace: string;
  filter: "organisation" | "partnership";
  id: string;
  names: NameMap;
}) {
  const { workspace, filter, id, names } = props;
  const query = `?${filter}=${encodeURIComponent(id)}&limit=500`;
  const events = useFetch<ListResult<LifecycleEvent>>(
    `${resourcePath(workspace, "events")}${query}&sort=date`,
  );
  const contracts = useFetch<ListResult<Contract>>(
    `${resourcePath(workspace, "contracts")}${query}`,
  );
  const evidence = useFetch<ListResult<EvidenceItem>>(
    `${resourcePath(workspace, "evidence")}${query}`,
  );
  return (
    <>
      <section aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">Timeline of life-cycle events</h2>
        {events.error && <ErrorNotice error={events.error} />}
        {events.loading && !events.data && <Loading what="events" />}
        {events.data && (
          <EventsTimeline events={events.data.items} workspace={workspace} names={names} />
        )}
      </section>
      <section aria-labelledby="contracts-heading">
        <h2 id="contracts-heading">Contracts</h2>
        {contracts.error && <ErrorNotice error={contracts.error} />}
        {contracts.loading && !contracts.data && <Loading what="contracts" />}
        {contracts.data && (
          <ContractsTable contracts={contracts.data.items} workspace={workspace} names={names} />
        )}
      </section>
      <section aria-labelledby="evidence-heading">
        <h2 id="evidence-heading">Evidence</h2>
        {evidence.error && <ErrorNotice error={evidence.error} />}
        {evidence.loading && !evidence.data && <Loading what="evidence" />}
        {evidence.data && (
          <EvidenceTable items={evidence.data.items} workspace={workspace} names={names} />
        )}
      </section>
    </>
  );
}
