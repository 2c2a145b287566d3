import { useState } from "react";
import type { OutcomeFrameworkList } from "../../../src/shared/outcome-views.ts";
import { Can } from "../components/Can.tsx";
import { ErrorNotice, Loading } from "../components/ErrorNotice.tsx";
import { FrameworkEditor } from "../components/outcomes/FrameworkEditor.tsx";
import { FrameworkSection, outcomePath } from "../components/outcomes/FrameworkSection.tsx";
import { FrameworkTools } from "../components/outcomes/FrameworkTools.tsx";
import { useFetch } from "../hooks/useFetch.ts";
import { Link } from "../router.tsx";
import "../components/appraisal/appraisal.css";
import "../components/outcomes/outcomes.css";

type FrameworkList = OutcomeFrameworkList;

/**
 * A partnership's outcome frameworks: the voice-of-users gauge first, then indicators and paired
 * change; editors and owners also create and edit frameworks and enter or import measures.
 */
export function PartnershipOutcomesPage({ workspace, id }: { workspace: string; id: string }) {
  const { data, error, reload } = useFetch<FrameworkList>(outcomePath(workspace));
  const [creating, setCreating] = useState(false);
  // Bumped on each change so the framework's charts and tables load again.
  const [version, setVersion] = useState(0);
  if (error) return <ErrorNotice error={error} />;
  if (!data) return <Loading what="the outcome frameworks" />;
  const frameworks = data.items.filter((f) => f.partnership === id);
  const base = `/w/${encodeURIComponent(workspace)}/partnerships`;
  const changed = () => setVersion((v) => v + 1);
  return (
    <>
      <p className="breadcrumb">
        <Link href={base}>Partnerships</Link> /{" "}
        <Link href={`${base}/${encodeURIComponent(id)}`}>{id}</Link> /
      </p>
      <h1>Outcomes</h1>
      <p>
        <Link href={`/w/${encodeURIComponent(workspace)}/outcomes`}>
          Every outcome framework in this workspace
        </Link>{" "}
        (also those of contracts and supply chains).
      </p>
      {frameworks.length === 0 && <p>This partnership has no outcome framework yet.</p>}
      <Can atLeast="editor">
        {creating ? (
          <FrameworkEditor
            workspace={workspace}
            target={{ kind: "partnership", id }}
            id={null}
            onSaved={() => {
              setCreating(false);
              reload();
            }}
            onCancel={() => setCreating(false)}
          />
        ) : (
          <button type="button" className="primary" onClick={() => setCreating(true)}>
            New outcome framework
          </button>
        )}
      </Can>
      {frameworks.map((f) => (
        <div key={f.id}>
          <FrameworkSection key={`${f.id}:${version}`} workspace={workspace} id={f.id} />
          <Can atLeast="editor">
            <FrameworkTools workspace={workspace} id={f.id} onChange={changed} />
          </Can>
        </div>
      ))}
    </>
  );
}
