import { useState } from "react";
import { ApiError, apiFetch } from "../api.ts";
import { ErrorNotice, Loading } from "../components/ErrorNotice.tsx";
import { CodeRow } from "../components/evidence/CodeRow.tsx";
import { SelectField, TextField } from "../components/Fields.tsx";
import { useCan } from "../hooks/useAccess.ts";
import { codebookPath, codeOptions, depthsOf, useCodebook } from "../hooks/useCodebook.ts";
import { idFromName } from "../lib/ids.ts";
import { Link } from "../router.tsx";

/** The workspace's codebook as a tree: add, rename, move and remove codes (editors and owners). */
export function CodebookPage({ workspace }: { workspace: string }) {
  const codebook = useCodebook(workspace);
  const canEdit = useCan("editor");
  const [error, setError] = useState<ApiError | null>(null);
  const [draft, setDraft] = useState({ name: "", parent: "", description: "" });
  const path = codebookPath(workspace);
  const run = async (request: () => Promise<unknown>) => {
    setError(null);
    try {
      await request();
      codebook.reload();
      return true;
    } catch (cause) {
      setError(cause instanceof ApiError ? cause : new ApiError(0, "error", String(cause)));
      return false;
    }
  };
  const add = async () => {
    const body = {
      id: idFromName(draft.name),
      name: draft.name,
      parent: draft.parent || null,
      description: draft.description || null,
    };
    if (await run(() => apiFetch(path, { method: "POST", body })))
      setDraft({ name: "", parent: "", description: "" });
  };
  const codes = codebook.data?.codes ?? [];
  const depth = depthsOf(codes);
  const parents = codeOptions(codes);
  return (
    <>
      <h1>Codebook</h1>
      <p>
        The codes evidence items are coded with: the paper's themes, the drivers of partnership
        (top-down and bottom-up) and the barriers.{" "}
        <Link href={`/w/${encodeURIComponent(workspace)}/evidence`}>Back to the evidence log</Link>
      </p>
      {error && <ErrorNotice error={error} />}
      {codebook.error && <ErrorNotice error={codebook.error} />}
      {!codebook.data && !codebook.error && <Loading what="the codebook" />}
      {codebook.data && (
        <div className="table-scroll">
          <table>
            <caption>
              {codes.length} codes; “Used by” counts evidence items coded with that code itself
            </caption>
            <thead>
              <tr>
                <th scope="col">Code</th>
                <th scope="col">Description</th>
                <th scope="col">Used by</th>
                {canEdit && <th scope="col">Move or remove</th>}
              </tr>
            </thead>
            <tbody>
              {codes.map((c) => (
                <CodeRow
                  key={`${c.id}:${c.name}:${c.parent}`}
                  code={c}
                  depth={depth.get(c.id) ?? 0}
                  canEdit={canEdit}
                  parents={parents}
                  onChange={(id, change) =>
                    run(() =>
                      apiFetch(`${path}/${encodeURIComponent(id)}`, {
                        method: "PUT",
                        body: change,
                      }),
                    )
                  }
                  onRemove={(id) =>
                    run(() => apiFetch(`${path}/${encodeURIComponent(id)}`, { method: "DELETE" }))
                  }
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {canEdit && codebook.data && (
        <form
          className="card"
          aria-labelledby="add-code-heading"
          onSubmit={(e) => {
            e.preventDefault();
            add();
          }}
        >
          <h2 id="add-code-heading">Add a code</h2>
          <TextField
            id="code-name"
            label="Name"
            value={draft.name}
            onChange={(name) => setDraft({ ...draft, name })}
            required
          />
          <SelectField
            id="code-parent"
            label="Under"
            value={draft.parent}
            onChange={(parent) => setDraft({ ...draft, parent })}
            options={parents}
            empty="(top level)"
          />
          <TextField
            id="code-description"
            label="Description (optional)"
            value={draft.description}
            onChange={(description) => setDraft({ ...draft, description })}
          />
          <button type="submit" className="primary" disabled={!draft.name.trim()}>
            Add code
          </button>
        </form>
      )}
    </>
  );
}
