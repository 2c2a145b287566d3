import { useEffect, useState } from "react";
import type { Items } from "../../../../src/shared/api-common.ts";
import type {
  AssessmentCounts,
  AssessmentLinkMade,
  Reminder,
} from "../../../../src/shared/health-links.ts";
import type { RespondentLink } from "../../../../src/shared/respondents.ts";
import { ApiError, apiFetch } from "../../api.ts";
import { useFetch } from "../../hooks/useFetch.ts";
import { CopyBox } from "./CopyBox.tsx";

/**
 * For editors and owners: links for partners to answer an open wave (each shown once, to copy),
 * the links made with their uses and a way to revoke one, and the reminders to send, with words
 * to copy, to partners still under the smallest group shown to others.
 */
export function AssessmentLinks(props: {
  workspace: string;
  base: string;
  counts: AssessmentCounts;
}) {
  const { base, counts } = props;
  const links = useFetch<Items<RespondentLink>>(`${base}/links`);
  const reminders = useFetch<Items<Reminder>>(`${base}/reminders`);
  const open = counts.waves.filter((w) => w.state === "open");
  const partners = counts.waves[0]?.byPartner ?? [];
  const [made, setMade] = useState<string | null>(null);
  const handleRevoke = async (id: string) => {
    const path = `/workspaces/${props.workspace}/respondent-links/${encodeURIComponent(id)}`;
    await apiFetch(path, { method: "DELETE" });
    links.reload();
    reminders.reload();
  };
  const { reload: reloadReminders } = reminders;
  const { reload: reloadLinks } = links;
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new count may clear a reminder and use a link
  useEffect(() => {
    reloadReminders();
    reloadLinks();
  }, [counts, reloadReminders, reloadLinks]);
  return (
    <>
      <h4>Links for partners to answer</h4>
      {open.length === 0 ? (
        <p>No wave is open: open one to send links.</p>
      ) : (
        <LinkForm
          base={base}
          partners={partners}
          waves={open.map((w) => w.wave)}
          onMade={(link) => {
            setMade(link);
            links.reload();
            reminders.reload();
          }}
        />
      )}
      {made && <CopyBox label="Link to send (shown only now)" text={made} />}
      {links.data && links.data.items.length > 0 && (
        <ul data-list="assessment-links">
          {links.data.items.map((l) => (
            <li key={l.id}>
              {l.organisationName ?? l.organisation}, wave {l.wave}
              {l.label ? ` (${l.label})` : ""}: {l.singleUse ? "one answer" : "shared"}, used{" "}
              {l.uses} {l.uses === 1 ? "time" : "times"}, {l.state}
              {l.state === "active" && (
                <>
                  {" "}
                  <button type="button" onClick={() => handleRevoke(l.id)}>
                    Revoke
                    <span className="sc-hidden">
                      {" "}
                      link for {l.organisationName ?? l.organisation}, wave {l.wave}
                    </span>
                  </button>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      <h4>Reminders to send</h4>
      {reminders.data?.items.length === 0 && (
        <p>Every partner of the open waves has enough responses to be shown.</p>
      )}
      {reminders.data?.items.map((r) => (
        <div
          key={`${r.wave}-${r.organisation}`}
          className="health-reminder"
          data-reminder={r.organisation}
        >
          <p>
            <strong>{r.name ?? r.organisation}</strong>, wave {r.wave}: {r.responses} of {r.needed}{" "}
            responses; {r.links.length} working {r.links.length === 1 ? "link" : "links"}.
          </p>
          <CopyBox label={`Reminder for ${r.name ?? r.organisation}`} text={r.message} multiline />
        </div>
      ))}
    </>
  );
}

function LinkForm(props: {
  base: string;
  partners: { organisation: string; name: string | null }[];
  waves: string[];
  onMade: (link: string) => void;
}) {
  const [organisation, setOrganisation] = useState(props.partners[0]?.organisation ?? "");
  const [wave, setWave] = useState(props.waves[0] ?? "");
  const [shared, setShared] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const handleSubmit = async (event: React.FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      const made = await apiFetch<AssessmentLinkMade>(`${props.base}/links`, {
        method: "POST",
        body: { organisation, wave, singleUse: !shared },
      });
      props.onMade(made.link);
    } catch (cause) {
      setError(cause instanceof ApiError ? cause : new ApiError(0, "error", String(cause)));
    }
  };
  return (
    <form className="sc-grid sc-inline" onSubmit={handleSubmit} aria-label="New link for a partner">
      <div className="sc-field">
        <label htmlFor="health-link-partner">Partner</label>
        <select
          id="health-link-partner"
          value={organisation}
          onChange={(e) => setOrganisation(e.target.value)}
        >
          {props.partners.map((p) => (
            <option key={p.organisation} value={p.organisation}>
              {p.name ?? p.organisation}
            </option>
          ))}
        </select>
      </div>
      <div className="sc-field">
        <label htmlFor="health-link-wave">Wave</label>
        <select id="health-link-wave" value={wave} onChange={(e) => setWave(e.target.value)}>
          {props.waves.map((w) => (
            <option key={w} value={w}>
              {w}
            </option>
          ))}
        </select>
      </div>
      <label className="sc-check">
        <input type="checkbox" checked={shared} onChange={(e) => setShared(e.target.checked)} />
        Shared: the partner's staff may all answer through it
      </label>
      <button type="submit" className="button primary">
        Make link
      </button>
      {error && (
        <p className="notice notice-error" role="alert">
          {error.message}
          {error.problems.length > 0 && `: ${error.problems.map((p) => p.message).join("; ")}`}
        </p>
      )}
    </form>
  );
}
