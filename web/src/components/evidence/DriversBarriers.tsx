import type { PartnershipForces } from "../../../../src/shared/codebook.ts";
import { useFetch } from "../../hooks/useFetch.ts";
import { Link } from "../../router.tsx";

type Force = PartnershipForces["drivers"][number];

function ForceList(props: {
  title: string;
  id: string;
  forces: Force[];
  workspace: string;
  empty: string;
}) {
  const w = `/w/${encodeURIComponent(props.workspace)}`;
  return (
    <div>
      <h3 id={props.id}>{props.title}</h3>
      {props.forces.length === 0 ? (
        <p className="muted">{props.empty}</p>
      ) : (
        <ul aria-labelledby={props.id}>
          {props.forces.map((f) => (
            <li key={f.code}>
              <strong>{f.name}</strong> <span className="muted">({f.group})</span> —{" "}
              <Link href={`${w}/evidence?code=${encodeURIComponent(f.code)}`}>
                {f.evidence.length === 1
                  ? "1 evidence item"
                  : `${f.evidence.length} evidence items`}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The partnership page's drivers (top-down, bottom-up) and barriers, from its coded evidence. */
export function DriversBarriers(props: { workspace: string; id: string }) {
  const path = `/workspaces/${encodeURIComponent(props.workspace)}/partnerships/${encodeURIComponent(props.id)}/drivers-barriers`;
  const forces = useFetch<PartnershipForces>(path);
  if (!forces.data) return null;
  return (
    <section aria-labelledby="forces-heading">
      <h2 id="forces-heading">Drivers and barriers</h2>
      <p className="muted">
        From the evidence items about this partnership, by the codes they carry.
      </p>
      <ForceList
        title="Drivers"
        id="drivers-heading"
        forces={forces.data.drivers}
        workspace={props.workspace}
        empty="No evidence coded with a driver."
      />
      <ForceList
        title="Barriers"
        id="barriers-heading"
        forces={forces.data.barriers}
        workspace={props.workspace}
        empty="No evidence coded with a barrier."
      />
    </section>
  );
}
