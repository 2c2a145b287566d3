import { EVENT_TYPE_LABELS, type LifecycleEvent, STAGE_LABELS } from "../../../src/shared/index.ts";
import type { NameMap } from "../hooks/useNames.ts";
import { formatDate } from "../lib/format.ts";
import { labelOf } from "../lib/options.ts";
import { EntityLink, OrganisationLinks } from "./EntityLink.tsx";

/** Life-cycle events in date order as a vertical timeline. */
export function EventsTimeline(props: {
  events: LifecycleEvent[];
  workspace: string;
  names: NameMap;
}) {
  if (props.events.length === 0) return <p className="muted">No life-cycle events recorded.</p>;
  const sorted = [...props.events].sort((a, b) => a.date.localeCompare(b.date));
  return (
    <ol className="timeline">
      {sorted.map((event) => (
        <li key={event.id} className="timeline-item">
          <time dateTime={event.date}>{formatDate(event.date)}</time>
          <div>
            <strong>{labelOf(EVENT_TYPE_LABELS, event.type)}</strong>
            {event.partnership && (
              <>
                {" · "}
                <EntityLink
                  workspace={props.workspace}
                  resource="partnerships"
                  id={event.partnership}
                  names={props.names}
                />
              </>
            )}
            {event.stage !== null && (
              <span className="muted">
                {" "}
                → stage {event.stage} ({STAGE_LABELS[event.stage as keyof typeof STAGE_LABELS]})
              </span>
            )}
            {event.organisations.length > 0 && (
              <div className="timeline-orgs">
                <OrganisationLinks
                  workspace={props.workspace}
                  ids={event.organisations}
                  names={props.names}
                />
                {event.dissolves.length > 0 && (
                  <span className="muted">
                    {" "}
                    (dissolved: {event.dissolves.map((d) => props.names.get(d) ?? d).join(", ")})
                  </span>
                )}
              </div>
            )}
            {event.note && <p className="timeline-note">{event.note}</p>}
          </div>
        </li>
      ))}
    </ol>
  );
}
