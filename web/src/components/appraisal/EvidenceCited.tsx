import type { EvidenceItem } from "../../../../src/shared/index.ts";
import { type ListResult, resourcePath } from "../../api.ts";
import { useFetch } from "../../hooks/useFetch.ts";
import { Link } from "../../router.tsx";

/** The evidence items an appraisal cites (anywhere in it), quoted briefly with their source. */
export function EvidenceCited({ workspace, ids }: { workspace: string; ids: string[] }) {
  const all = useFetch<ListResult<EvidenceItem>>(
    ids.length ? `${resourcePath(workspace, "evidence")}?limit=500` : null,
  );
  if (ids.length === 0) return <span className="muted">—</span>;
  const byId = new Map((all.data?.items ?? []).map((e) => [e.id, e]));
  return (
    <ul className="evidence-cited">
      {ids.map((id) => {
        const e = byId.get(id);
        return (
          <li key={id}>
            {e ? `“${e.text.slice(0, 140)}${e.text.length > 140 ? "…" : ""}” (${e.source})` : id}
          </li>
        );
      })}
      <li className="muted">
        <Link href={`/w/${encodeURIComponent(workspace)}/evidence`}>All evidence</Link>
      </li>
    </ul>
  );
}
