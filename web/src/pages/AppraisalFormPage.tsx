import { useEffect, useState } from "react";
import type { AppraisalDetail } from "../../../src/shared/appraisal-views.ts";
import { appraisalSchema, type EvidenceItem } from "../../../src/shared/index.ts";
import { ApiError, apiFetch, type ListResult, resourcePath } from "../api.ts";
import { ContinuumWalk } from "../components/appraisal/ContinuumWalk.tsx";
import { DocumentSettings } from "../components/appraisal/DocumentSettings.tsx";
import { OptionEditor } from "../components/appraisal/OptionEditor.tsx";
import { ErrorNotice, Loading } from "../components/ErrorNotice.tsx";
import { FormErrors } from "../components/FormErrors.tsx";
import { useFetch } from "../hooks/useFetch.ts";
import {
  blankDocument,
  blankOption,
  type DraftDocument,
  type DraftOption,
  documentErrorsOf,
} from "../lib/appraisal-editor.ts";
import { appraisalApiPath, appraisalPagePath } from "../lib/appraisal-paths.ts";
import { idFromName } from "../lib/ids.ts";
import { type FieldErrors, validateWith } from "../lib/validation.ts";
import { Link, navigate } from "../router.tsx";

type Named = { id: string; name: string };
const list = (workspace: string, resource: string) =>
  `${resourcePath(workspace, resource)}?limit=500${resource === "evidence" ? "" : "&sort=name"}`;

/** Creates an appraisal or edits its latest version (after a decision, saving opens a new version). */
export function AppraisalFormPage({ workspace, id }: { workspace: string; id: string | null }) {
  const existing = useFetch<AppraisalDetail>(id === null ? null : appraisalApiPath(workspace, id));
  const partnerships = useFetch<ListResult<Named>>(list(workspace, "partnerships"));
  const organisations = useFetch<ListResult<Named>>(list(workspace, "organisations"));
  const evidence = useFetch<ListResult<EvidenceItem>>(list(workspace, "evidence"));
  const [doc, setDoc] = useState<DraftDocument | null>(
    id === null ? blankDocument(new Date().toISOString().slice(0, 10)) : null,
  );
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (existing.data && doc === null) setDoc(existing.data.document as DraftDocument);
  }, [existing.data, doc]);
  if (existing.error) return <ErrorNotice error={existing.error} />;
  if (doc === null) return <Loading what="the appraisal" />;

  const options = doc.options;
  const criteria = (doc.criteria ?? []).map((c) => c.id).filter((c) => c !== "npv");
  const setOption = (i: number, o: DraftOption | undefined) =>
    setDoc({
      ...doc,
      options:
        o === undefined
          ? options.filter((_, j) => j !== i)
          : options.map((x, j) => (j === i ? o : x)),
    });
  const handleSave = async () => {
    setMessage(null);
    const checked = validateWith(appraisalSchema, doc);
    if (!checked.ok) return setErrors(checked.errors);
    setErrors({});
    setBusy(true);
    try {
      const newId = id ?? idFromName(doc.title);
      const body = id === null ? { id: newId, document: doc } : { document: doc };
      await apiFetch(appraisalApiPath(workspace, id ?? undefined), {
        method: id === null ? "POST" : "PUT",
        body,
      });
      navigate(appraisalPagePath(workspace, newId));
    } catch (cause) {
      if (!(cause instanceof ApiError)) throw cause;
      setErrors(documentErrorsOf(cause.problems));
      setMessage(`Not saved: ${cause.message}`);
    } finally {
      setBusy(false);
    }
  };
  const decided = existing.data?.status === "decided";
  return (
    <>
      <p className="breadcrumb">
        <Link href={appraisalPagePath(workspace)}>Appraisals</Link> /
      </p>
      <h1>{id === null ? "New appraisal" : `Edit: ${doc.title}`}</h1>
      {decided && (
        <p className="notice notice-warning">
          Version {existing.data?.latestVersion} is decided and frozen. Saving creates version{" "}
          {(existing.data?.latestVersion ?? 0) + 1} as a draft; the decided version does not change.
        </p>
      )}
      <FormErrors errors={errors} message={message} />
      <DocumentSettings
        doc={doc}
        errors={errors}
        partnerships={partnerships.data?.items ?? []}
        organisations={organisations.data?.items ?? []}
        evidence={evidence.data?.items ?? []}
        onChange={setDoc}
      />
      <h2>Options along the continuum</h2>
      <p className="muted">
        Each option is incremental against doing nothing; place it on the continuum from stand-alone
        (0) to full merger (7).
      </p>
      <ContinuumWalk
        options={options}
        onAdd={(stage) =>
          setDoc({ ...doc, options: [...options, blankOption(stage, options.length + 1)] })
        }
      />
      {options
        .map((o, i) => ({ o, i }))
        .sort((a, b) => a.o.stage - b.o.stage || a.i - b.i)
        .map(({ o, i }) => (
          <OptionEditor
            key={i}
            index={i}
            option={o}
            criteria={criteria}
            errors={errors}
            evidence={evidence.data?.items ?? []}
            onChange={(next) => setOption(i, next)}
          />
        ))}
      {errors["$.options"] && <p className="field-error">Options: {errors["$.options"]}</p>}
      <div className="form-actions">
        <button type="button" className="primary" onClick={handleSave} disabled={busy}>
          {busy ? "Saving…" : decided ? "Save as a new version" : "Save"}
        </button>
        <Link
          className="button"
          href={id === null ? appraisalPagePath(workspace) : appraisalPagePath(workspace, id)}
        >
          Cancel
        </Link>
      </div>
    </>
  );
}
