import { useState } from "react";
import type { OutcomeFramework } from "../../../../src/shared/outcomes.ts";
import { useFetch } from "../../hooks/useFetch.ts";
import { ErrorNotice, Loading } from "../ErrorNotice.tsx";
import { FrameworkEditor } from "./FrameworkEditor.tsx";
import { outcomePath } from "./FrameworkSection.tsx";
import { draftOf } from "./framework-draft.ts";
import { MeasureEntry } from "./MeasureEntry.tsx";
import { MeasureImport } from "./MeasureImport.tsx";

/**
 * An editor's tools under a framework: edit its outcomes and involvement, enter a measure, import
 * measures; `onChange` tells the page to redraw the framework's charts and tables.
 */
export function FrameworkTools(props: { workspace: string; id: string; onChange: () => void }) {
  const framework = useFetch<OutcomeFramework>(outcomePath(props.workspace, props.id));
  const [editing, setEditing] = useState(false);
  if (framework.error) return <ErrorNotice error={framework.error} />;
  const f = framework.data;
  if (!f) return <Loading what="the framework to edit" />;
  const saved = () => {
    setEditing(false);
    framework.reload();
    props.onChange();
  };
  return (
    <section className="framework-tools" aria-label={`Change ${f.title}`}>
      {editing ? (
        <FrameworkEditor
          workspace={props.workspace}
          target={null}
          id={f.id}
          initial={draftOf(f)}
          onSaved={saved}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <button type="button" onClick={() => setEditing(true)}>
          Edit outcomes and involvement
        </button>
      )}
      <MeasureEntry workspace={props.workspace} framework={f} onAdded={props.onChange} />
      <MeasureImport workspace={props.workspace} id={f.id} onImported={props.onChange} />
    </section>
  );
}
