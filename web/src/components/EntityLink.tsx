import type { NameMap } from "../hooks/useNames.ts";
import { Link } from "../router.tsx";

/** A link to an organisation or partnership, shown by name when known (else by id). */
export function EntityLink(props: {
  workspace: string;
  resource: "organisations" | "partnerships";
  id: string | null | undefined;
  names: NameMap;
}) {
  if (!props.id) return <span className="muted">—</span>;
  const href = `/w/${encodeURIComponent(props.workspace)}/${props.resource}/${encodeURIComponent(props.id)}`;
  return <Link href={href}>{props.names.get(props.id) ?? props.id}</Link>;
}

/** A comma-separated list of organisation links. */
export function OrganisationLinks(props: { workspace: string; ids: string[]; names: NameMap }) {
  if (props.ids.length === 0) return <span className="muted">—</span>;
  return (
    <>
      {props.ids.map((id, i) => (
        <span key={id}>
          {i > 0 && ", "}
          <EntityLink
            workspace={props.workspace}
            resource="organisations"
            id={id}
            names={props.names}
          />
        </span>
      ))}
    </>
  );
}
