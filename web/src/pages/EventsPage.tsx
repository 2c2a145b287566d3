import { EVENT_TYPE_LABELS, type LifecycleEvent, STAGE_LABELS } from "../../../src/shared/index.ts";
import { EntityLink, OrganisationLinks } from "../components/EntityLink.tsx";
import { ListPage } from "../components/ListPage.tsx";
import type { ListColumn } from "../components/ListTable.tsx";
import { useCan } from "../hooks/useAccess.ts";
import { useNames } from "../hooks/useNames.ts";
import { formatDate } from "../lib/format.ts";
import { labelOf, optionsOf } from "../lib/options.ts";
import { Link } from "../router.tsx";

const FILTERS = [{ key: "type", label: "Event type", options: optionsOf(EVENT_TYPE_LABELS) }];

/** Every life-cycle event in a workspace, in date order, filterable by event type. */
export function EventsPage({ workspace }: { workspace: string }) {
  const names = useNames(workspace);
  const canEdit = useCan("editor");
  const columns: ListColumn<LifecycleEvent>[] = [
    { label: "Date", sort: "date", className: "nowrap", cell: (e) => formatDate(e.date) },
    { label: "Event", cell: (e) => labelOf(EVENT_TYPE_LABELS, e.type) },
    {
      label: "Partnership",
      cell: (e) => (
        <EntityLink
          workspace={workspace}
          resource="partnerships"
          id={e.partnership}
          names={names}
        />
      ),
    },
    {
      label: "Organisations",
      cell: (e) => <OrganisationLinks workspace={workspace} ids={e.organisations} names={names} />,
    },
    {
      label: "Continuum stage",
      cell: (e) =>
        e.stage === null
          ? "—"
          : `${e.stage} · ${STAGE_LABELS[e.stage as keyof typeof STAGE_LABELS]}`,
    },
    { label: "Note", className: "wide-text", cell: (e) => e.note ?? "" },
  ];
  if (canEdit)
    columns.push({
      label: "",
      cell: (e) => (
        <Link href={`/w/${encodeURIComponent(workspace)}/events/${encodeURIComponent(e.id)}/edit`}>
          Edit
        </Link>
      ),
    });
  return (
    <ListPage
      workspace={workspace}
      create={{ href: `/w/${encodeURIComponent(workspace)}/events/new`, label: "New event" }}
      resource="events"
      defaultSort="date"
      title="Life-cycle events"
      noun={["event", "events"]}
      filters={FILTERS}
      columns={columns}
    />
  );
}
