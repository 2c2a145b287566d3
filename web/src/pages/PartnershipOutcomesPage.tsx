import type { VoiceGauge } from "../../../src/shared/outcomes.ts";
import { ErrorNotice, Loading } from "../components/ErrorNotice.tsx";
import { FrameworkSection, outcomePath } from "../components/outcomes/FrameworkSection.tsx";
import { useFetch } from "../hooks/useFetch.ts";
import { Link } from "../router.tsx";
import "../components/appraisal/appraisal.css";
import "../components/outcomes/outcomes.css";

interface FrameworkList {
  items: { id: string; title: string; partnership: string | null; gauge: VoiceGauge }[];
}

/** A partnership's outcome frameworks: the voice-of-users gauge first, then indicators and paired change. */
export function PartnershipOutcomesPage({ workspace, id }: { workspace: string; id: string }) {
  const { data, error } = useFetch<FrameworkList>(outcomePath(workspace));
  if (error) return <ErrorNotice error={error} />;
  if (!data) return <Loading what="the outcome frameworks" />;
  const frameworks = data.items.filter((f) => f.partnership === id);
  const base = `/w/${encodeURIComponent(workspace)}/partnerships`;
  return (
    <>
      <p className="breadcrumb">
        <Link href={base}>Partnerships</Link> /{" "}
        <Link href={`${base}/${encodeURIComponent(id)}`}>{id}</Link> /
      </p>
      <h1>Outcomes</h1>
      {frameworks.length === 0 ? (
        <p>
          This partnership has no outcome framework yet. Create one through the API (
          <code>POST /api/v1/workspaces/{workspace}/outcome-frameworks</code>).
        </p>
      ) : (
        frameworks.map((f) => <FrameworkSection key={f.id} workspace={workspace} id={f.id} />)
      )}
    </>
  );
}
