import { useState } from "react";
import type { Items } from "../../../../src/shared/api-common.ts";
import { MERLIN_RELATION_LABELS, MERLIN_RELATIONS } from "../../../../src/shared/merlin.ts";
import type { RespondentLink, RespondentLinkCreated } from "../../../../src/shared/respondents.ts";
import { ApiError, apiFetch } from "../../api.ts";
import { useFetch } from "../../hooks/useFetch.ts";
import { useNames } from "../../hooks/useNames.ts";
import { DateInput } from "../DateInput.tsx";
import { OrganisationPicker } from "../OrganisationPicker.tsx";

const STATE_WORDS: Record<RespondentLink["state"], string> = {
  active: "Active",
  used: "Used",
  expired: "Expired",
  revoked: "Revoked",
};

const inDays = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/**
 * Respondent links of one supply chain's survey, for editors and owners: make a link for a partner
 * organisation (shown once, to copy), see each link's state and uses, revoke one. Hidden from
 * roles the API refuses.
 */
export function RespondentLinks({ workspace, id }: { workspace: string; id: string }) {
  const path = `/workspaces/${encodeURIComponent(workspace)}/respondent-links`;
  const list = useFetch<Items<RespondentLink>>(`${path}?target=${encodeURIComponent(id)}`);
  const [made, setMade] = useState<string | null>(null);
  if (list.error?.status === 403 || list.error?.status === 404) return null;
  const handleRevoke = async (link: RespondentLink) => {
    await apiFetch(`${path}/${encodeURIComponent(link.id)}`, { method: "DELETE" });
    list.reload();
  };
  return (
    <section aria-labelledby="respondent-links-title">
      <h2 id="respondent-links-title">Respondent links</h2>
      <p>
        A link lets one partner answer this survey without an account, on behalf of their
        organisation, and opens nothing else. Other organisations see their answers only as totals
        of three or more.
      </p>
      <LinkForm
        workspace={workspace}
        target={id}
        path={path}
        onMade={(link) => {
          setMade(link);
          list.reload();
        }}
      />
      {made && <MadeLink link={made} />}
      {list.data && list.data.items.length > 0 && (
        <div className="table-scroll">
          <table className="sc-table" data-table="respondent-links">
            <thead>
              <tr>
                <th scope="col">Label</th>
                <th scope="col">Organisation</th>
                <th scope="col">Relation</th>
                <th scope="col">Wave</th>
                <th scope="col">Kind</th>
                <th scope="col" className="num">
                  Answers
                </th>
                <th scope="col">State</th>
                <th scope="col">Expires</th>
                <th scope="col">
                  <span className="sc-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.data.items.map((link) => (
                <tr key={link.id}>
                  <th scope="row">{link.label ?? "—"}</th>
                  <td>{link.organisationName ?? link.organisation}</td>
                  <td>{link.relation ? MERLIN_RELATION_LABELS[link.relation] : "Asked"}</td>
                  <td>{link.wave ?? "—"}</td>
                  <td>{link.singleUse ? "One answer" : "Shared"}</td>
                  <td className="num">{link.uses}</td>
                  <td data-state={link.state}>{STATE_WORDS[link.state]}</td>
                  <td>{link.expiresAt?.slice(0, 10) ?? "never"}</td>
                  <td>
                    {link.state === "active" && (
                      <button type="button" onClick={() => handleRevoke(link)}>
                        Revoke<span className="sc-hidden"> {link.label ?? "link"}</span>
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function LinkForm(props: {
  workspace: string;
  target: string;
  path: string;
  onMade: (link: string) => void;
}) {
  const names = useNames(props.workspace);
  const [organisation, setOrganisation] = useState("");
  const [relation, setRelation] = useState("");
  const [wave, setWave] = useState("");
  const [label, setLabel] = useState("");
  const [shared, setShared] = useState(false);
  const [expires, setExpires] = useState(inDays(30));
  const [error, setError] = useState<ApiError | null>(null);
  const handleSubmit = async (event: React.FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      const made = await apiFetch<RespondentLinkCreated>(props.path, {
        method: "POST",
        body: {
          target: props.target,
          organisation,
          relation: relation || null,
          wave: wave || null,
          label: label || null,
          singleUse: !shared,
          expiresAt: new Date(`${expires}T23:59:59`).toISOString(),
        },
      });
      props.onMade(made.link);
    } catch (cause) {
      setError(cause instanceof ApiError ? cause : new ApiError(0, "error", String(cause)));
    }
  };
  const problem = (path: string) => error?.problems.find((p) => p.path === path)?.message;
  return (
    <form className="sc-grid sc-inline" onSubmit={handleSubmit} aria-label="New respondent link">
      <OrganisationPicker
        id="respondent-organisation"
        label="Partner organisation"
        workspace={props.workspace}
        value={organisation}
        names={names}
        error={problem("$.organisation")}
        onChange={setOrganisation}
      />
      <label className="sc-field">
        <span>Relation to the chain</span>
        <select value={relation} onChange={(event) => setRelation(event.target.value)}>
          <option value="">Ask the respondent</option>
          {MERLIN_RELATIONS.map((r) => (
            <option key={r} value={r}>
              {MERLIN_RELATION_LABELS[r]}
            </option>
          ))}
        </select>
      </label>
      <label className="sc-field">
        <span>Wave (optional)</span>
        <input value={wave} maxLength={100} onChange={(event) => setWave(event.target.value)} />
      </label>
      <label className="sc-field">
        <span>Label (optional)</span>
        <input value={label} maxLength={200} onChange={(event) => setLabel(event.target.value)} />
      </label>
      <label className="sc-field">
        <span>Works until</span>
        <DateInput value={expires} onChange={setExpires} />
      </label>
      <label className="sc-check">
        <input
          type="checkbox"
          checked={shared}
          onChange={(event) => setShared(event.target.checked)}
        />
        Shared: many people may answer through it
      </label>
      <button type="submit" className="button primary" disabled={!organisation}>
        Make link
      </button>
      {error && (
        <p className="notice notice-error" role="alert">
          {error.message}
          {error.problems.length > 0 &&
            `: ${error.problems.map((p) => `${p.path} ${p.message}`).join("; ")}`}
        </p>
      )}
    </form>
  );
}

function MadeLink({ link }: { link: string }) {
  const [copied, setCopied] = useState(false);
  const handleCopy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopied(true);
    } catch {
      setCopied(false); // no clipboard here: the link stays selectable in the box
    }
  };
  return (
    <div className="notice" role="status">
      <p>
        <strong>Link made.</strong> Send it to the partner; it is not shown again.
      </p>
      <label className="sc-field">
        <span>Respondent link</span>
        <input readOnly value={link} onFocus={(event) => event.target.select()} />
      </label>
      <button type="button" onClick={handleCopy}>
        {copied ? "Copied" : "Copy link"}
      </button>
    </div>
  );
}
