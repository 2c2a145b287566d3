import { useState } from "react";
import type { Scenario } from "../../../../src/shared/simulation.ts";
import type { ExchangeImportResult } from "../../../../src/shared/workspace-views.ts";
import { ApiError, apiFetch } from "../../api.ts";
import { useAccess, useCan } from "../../hooks/useAccess.ts";
import { Link } from "../../router.tsx";

type Saved = ExchangeImportResult;

/**
 * 'Save this run as a workspace': run 0 of the current scenario and seed becomes a new workspace
 * (marked simulated everywhere it appears) that the caller owns; editors and owners only.
 */
export function SaveRunAsWorkspace({
  workspace,
  current,
}: {
  workspace: string;
  current: () => Scenario;
}) {
  const { reloadMe } = useAccess();
  const canSave = useCan("editor");
  const scenario = current();
  const [slug, setSlug] = useState("");
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState<Saved | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (!canSave) return null;
  const suggested = `${scenario.preset}-seed-${scenario.seed ?? 1}`;

  const save = async () => {
    setError(null);
    setSaving(true);
    try {
      const result = await apiFetch<Saved>(
        `/workspaces/${encodeURIComponent(workspace)}/simulations/save`,
        { method: "POST", body: { slug: slug.trim() || suggested, scenario } },
      );
      setSaved(result);
      reloadMe();
    } catch (cause) {
      setError(cause instanceof ApiError ? cause.message : String(cause));
    } finally {
      setSaving(false);
    }
  };

  return (
    <section className="sim-save" aria-labelledby="sim-save-title">
      <h2 id="sim-save-title">Save a run as a workspace</h2>
      <p>
        Run 0 of these settings (seed {scenario.seed ?? 1}) becomes a new workspace of simulated
        organisations, partnerships and events, so time travel, the network map and the sector page
        work on it. It is marked simulated wherever it appears.
      </p>
      <label>
        New workspace's address{" "}
        <input
          value={slug}
          placeholder={suggested}
          onChange={(e) => setSlug(e.target.value)}
          aria-describedby="sim-save-hint"
        />
      </label>{" "}
      <span id="sim-save-hint">1–63 lower-case letters, digits or dashes</span>{" "}
      <button type="button" className="button" onClick={save} disabled={saving}>
        {saving ? "Saving…" : "Save this run as a workspace"}
      </button>
      {error && (
        <div className="notice notice-error" role="alert">
          {error}
        </div>
      )}
      {saved && (
        <p role="status" data-saved={saved.workspace}>
          Saved as workspace '{saved.workspace}' (simulated): {saved.counts.organisations}{" "}
          organisations, {saved.counts.partnerships} partnerships, {saved.counts.events} events.{" "}
          <Link href={`/w/${encodeURIComponent(saved.workspace)}/sector`}>
            Open its sector page
          </Link>
        </p>
      )}
    </section>
  );
}
