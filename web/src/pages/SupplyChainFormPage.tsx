import { useEffect, useState } from "react";
import type { Problem } from "../../../src/shared/index.ts";
import { type PbrGroupInput, pbrModelSchema } from "../../../src/shared/pbr.ts";
import { problemsOf } from "../../../src/shared/problems.ts";
import type { SupplyChain } from "../../../src/shared/supply-chain-views.ts";
import { ApiError, apiFetch } from "../api.ts";
import { ErrorNotice, Loading } from "../components/ErrorNotice.tsx";
import { AllocationEditor } from "../components/supply-chain/AllocationEditor.tsx";
import { GroupsEditor } from "../components/supply-chain/GroupsEditor.tsx";
import {
  HeadFields,
  ModelProblems,
  type SupplyChainHead,
} from "../components/supply-chain/HeadFields.tsx";
import { ProvidersEditor } from "../components/supply-chain/ProvidersEditor.tsx";
import { TermsEditor } from "../components/supply-chain/TermsEditor.tsx";
import { useFetch } from "../hooks/useFetch.ts";
import { supplyChainHref, supplyChainPath } from "../lib/supply-chain-api.ts";
import { draftFromPreset, type ModelDraft } from "../lib/supply-chain-model.ts";
import { Link, navigate } from "../router.tsx";
import "../components/supply-chain/supply-chain.css";

interface Preset {
  name: string;
  startDate: string;
  groups: PbrGroupInput[];
  notes: string[];
}

/** Creates or edits a supply-chain model: links, payment groups (Work Programme preset), providers, shares, terms. */
export function SupplyChainFormPage({ workspace, id }: { workspace: string; id: string | null }) {
  const preset = useFetch<Preset>("/supply-chains/preset");
  const stored = useFetch<SupplyChain>(id === null ? null : supplyChainPath(workspace, id));
  const [head, setHead] = useState<SupplyChainHead | null>(null);
  const [model, setModel] = useState<ModelDraft | null>(null);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (model) return;
    if (id !== null && stored.data) {
      const s = stored.data;
      setHead({
        id: s.id,
        name: s.name,
        partnership: s.partnership ?? "",
        contract: s.contract ?? "",
      });
      setModel(s.document);
    } else if (id === null && preset.data) {
      setHead({ id: "", name: "", partnership: "", contract: "" });
      setModel(draftFromPreset(preset.data.groups, preset.data.startDate));
    }
  }, [id, model, preset.data, stored.data]);

  const error = stored.error ?? preset.error;
  if (error) return <ErrorNotice error={error} />;
  if (!model || !head || !preset.data) return <Loading what="the supply chain" />;

  const handleSave = async () => {
    setMessage(null);
    const checked = pbrModelSchema.safeParse(model);
    if (!checked.success) {
      setProblems(
        problemsOf(checked.error).map((p) => ({ ...p, path: p.path.replace(/^\$/, "$.document") })),
      );
      return;
    }
    setProblems([]);
    setBusy(true);
    try {
      const body = {
        name: head.name,
        partnership: head.partnership || null,
        contract: head.contract || null,
        document: checked.data,
      };
      const saved = await apiFetch<SupplyChain>(
        id === null ? supplyChainPath(workspace) : supplyChainPath(workspace, id),
        {
          method: id === null ? "POST" : "PUT",
          body: id === null ? { id: head.id, ...body } : body,
        },
      );
      navigate(supplyChainHref(workspace, saved.id));
    } catch (cause) {
      if (!(cause instanceof ApiError)) throw cause;
      setProblems(cause.problems);
      setMessage(`Not saved: ${cause.message}`);
    } finally {
      setBusy(false);
    }
  };

  const handlePreset = () =>
    setModel({ ...model, ...withPresetGroups(model, preset.data!.groups) });

  return (
    <>
      <p className="breadcrumb">
        <Link href={supplyChainHref(workspace)}>Supply chains</Link> /
      </p>
      <h1>{id === null ? "New supply chain" : `Edit ${head.name}`}</h1>
      <HeadFields workspace={workspace} head={head} isNew={id === null} onChange={setHead} />
      <p>
        <button type="button" className="button" onClick={handlePreset}>
          Use the Work Programme payment groups
        </button>{" "}
        <span className="muted">{preset.data.notes[0]}</span>
      </p>
      <GroupsEditor model={model} onChange={setModel} />
      <ProvidersEditor model={model} onChange={setModel} />
      <AllocationEditor model={model} onChange={setModel} />
      <TermsEditor model={model} onChange={setModel} />
      <ModelProblems problems={problems} message={message} />
      <div className="form-actions">
        <button type="button" className="button primary" onClick={handleSave} disabled={busy}>
          {busy ? "Saving…" : "Save"}
        </button>
        <Link
          className="button"
          href={id === null ? supplyChainHref(workspace) : supplyChainHref(workspace, id)}
        >
          Cancel
        </Link>
      </div>
    </>
  );
}

// Replaces the groups with the preset's, keeping shares of groups that stay and sending new ones to the prime.
function withPresetGroups(
  model: ModelDraft,
  groups: PbrGroupInput[],
): Pick<ModelDraft, "groups" | "allocation"> {
  const ids = new Set(groups.map((g) => g.id));
  const prime =
    model.providers.find((p) => p.tier === "prime")?.id ?? model.providers[0]?.id ?? "prime";
  const kept = model.allocation.filter((a) => ids.has(a.group));
  const fresh = groups
    .filter((g) => !kept.some((a) => a.group === g.id))
    .map((g) => ({ group: g.id, provider: prime, share: 1 }));
  return { groups, allocation: [...kept, ...fresh] };
}
