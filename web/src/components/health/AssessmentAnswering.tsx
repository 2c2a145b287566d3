import { useEffect, useState } from "react";
import type { AssessmentCounts, Reminder } from "../../../../src/shared/health-links.ts";
import type { RespondentLink } from "../../../../src/shared/respondents.ts";
import { ApiError, apiFetch } from "../../api.ts";
import { useCan } from "../../hooks/useAccess.ts";
import { useFetch } from "../../hooks/useFetch.ts";
import { formatDate } from "../../lib/format.ts";
import { CopyBox } from "./CopyBox.tsx";
import "./health.css";

/** How often the live count is read again, in milliseconds. */
const REFRESH_MS = 10_000;

/**
 * Who has answered: the live count of responses per partner and wave (read again every ten
 * seconds), closing a wave, and — for editors and owners — links for partners to answer and the
 * reminders to send to partners still under the smallest group shown to others.
 */
export function AssessmentAnswering(props: {
  workspace: string;
  id: string;
  onChange: () => void;
}) {
  const base = `/workspaces/${props.workspace}/assessments/${props.id}`;
  const counts = useFetch<AssessmentCounts>(`${base}/counts`);
  const canEdit = useCan("editor");
  const { reload } = counts;
  useEffect(() => {
    const timer = setInterval(reload, REFRESH_MS);
    return () => clearInterval(timer);
  }, [reload]);
  // A new response changes the results too: read them again when the total moves.
  const total = counts.data?.waves.reduce((s, w) => s + w.total, 0) ?? null;
  const { onChange } = props;
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new total should reload
  useEffect(() => {
    if (total !== null) onChange();
  }, [total]);
  if (!counts.data) return null;
  const c = counts.data;
  const handleClose = async (wave: string) => {
    await apiFetch(`${base}/waves/${encodeURIComponent(wave)}/close`, { method: "POST" });
    counts.reload();
    props.onChange();
  };
  return (
    <section aria-labelledby="health-answering-title">
      <h3 id="health-answering-title">Who has answered</h3>
      <table className="sc-table" data-table="health-counts">
        <caption>
          Responses per partner (a partner's answers are shown to others from {c.minGroupSize}{" "}
          responses)
        </caption>
        <thead>
          <tr>
            <th scope="col">Wave</th>
            {c.waves[0]?.byPartner.map((p) => (
              <th scope="col" key={p.organisation}>
                {p.name ?? p.organisation}
              </th>
            ))}
            <th scope="col">Everyone</th>
            <th scope="col">State</th>
          </tr>
        </thead>
        <tbody>
          {c.waves.map((w) => (
            <tr key={w.wave}>
              <th scope="row">
                {w.wave} ({formatDate(w.date)})
              </th>
              {w.byPartner.map((p) => (
                <td key={p.organisation} className="number" data-partner={p.organisation}>
                  {p.responses}
                </td>
              ))}
              <td className="number">{w.total}</td>
              <td>
                {w.state === "open" ? "Open" : "Closed"}
                {w.state === "open" && canEdit && (
                  <>
                    {" "}
                    <button type="button" onClick={() => handleClose(w.wave)}>
                      Close wave {w.wave}
                    </button>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {canEdit && <LinksAndReminders base={base} counts={c} />}
    </section>
  );
}

function LinksAndReminders({ base, counts }: { base: string; counts: AssessmentCounts }) {
  const links = useFetch<{ items: RespondentLink[] }>(`${base}/links`);
  const reminders = useFetch<{ items: Reminder[] }>(`${base}/reminders`);
  const open = counts.waves.filter((w) => w.state === "open");
  const partners = counts.waves[0]?.byPartner ?? [];
  const [made, setMade] = useState<string | null>(null);
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
      const made = await apiFetch<{ link: string }>(`${props.base}/links`, {
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
