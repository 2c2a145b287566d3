import { type FormEvent, useState } from "react";
import type { Items } from "../../../../src/shared/api-common.ts";
import {
  API_TOKEN_DAYS_DEFAULT,
  type ApiToken,
  type ApiTokenCreated,
  WORKSPACE_ROLE_LABELS,
  WORKSPACE_ROLES,
  type WorkspaceRole,
} from "../../../../src/shared/index.ts";
import { apiFetch, resourcePath } from "../../api.ts";
import { useFetch } from "../../hooks/useFetch.ts";
import { useSubmit } from "../../hooks/useSubmit.ts";
import { formatDateTime } from "../../lib/people-format.ts";
import { ErrorNotice } from "../ErrorNotice.tsx";
import { SelectField, TextField } from "../Fields.tsx";
import { ROLE_NAMES } from "./roles.ts";

/** A workspace's API tokens for scripts (owners): make one (shown once), see them, revoke. */
export function ApiTokens({ workspace }: { workspace: string }) {
  const path = resourcePath(workspace, "tokens");
  const tokens = useFetch<Items<ApiToken>>(path);
  const submit = useSubmit();
  const [label, setLabel] = useState("");
  const [role, setRole] = useState<WorkspaceRole>("viewer");
  const [days, setDays] = useState(String(API_TOKEN_DAYS_DEFAULT));
  const [made, setMade] = useState<ApiTokenCreated | null>(null);

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const body = { label, role, expiresInDays: Number(days) };
    const created = await submit.run(() =>
      apiFetch<ApiTokenCreated>(path, { method: "POST", body }),
    );
    if (created) setMade(created);
    tokens.reload();
  };
  const handleRevoke = async (id: string) => {
    await submit.run(() =>
      apiFetch<void>(resourcePath(workspace, "tokens", id), { method: "DELETE" }),
    );
    tokens.reload();
  };

  return (
    <>
      <p className="muted">
        A token lets a script use this workspace's API (<code>Authorization: Bearer …</code>) with a
        role no higher than yours, until it expires or is revoked.
      </p>
      <form className="narrow-form" onSubmit={handleSubmit} noValidate>
        {submit.message && Object.keys(submit.errors).length === 0 && (
          <div className="notice notice-error" role="alert">
            {submit.message}
          </div>
        )}
        <TextField
          id="token-label"
          label="What the token is for"
          value={label}
          error={submit.errors["$.label"]}
          onChange={setLabel}
        />
        <SelectField
          id="token-role"
          label="Role of the token"
          hint={WORKSPACE_ROLE_LABELS[role]}
          value={role}
          onChange={(value) => setRole(value as WorkspaceRole)}
          options={WORKSPACE_ROLES.map((r) => ({ value: r, label: ROLE_NAMES[r] }))}
        />
        <TextField
          id="token-days"
          label="Valid for (days)"
          type="number"
          value={days}
          error={submit.errors["$.expiresInDays"]}
          onChange={setDays}
        />
        <button type="submit" className="primary" disabled={submit.busy}>
          Make a token
        </button>
      </form>
      {made && (
        <div className="notice notice-success" role="status">
          <p>
            <strong>Copy this token now:</strong> it is not shown again.
          </p>
          <code className="token-once">{made.token}</code>
        </div>
      )}
      {tokens.error && <ErrorNotice error={tokens.error} />}
      {tokens.data && <TokensTable tokens={tokens.data.items} onRevoke={handleRevoke} />}
    </>
  );
}

function TokensTable(props: { tokens: ApiToken[]; onRevoke: (id: string) => void }) {
  if (props.tokens.length === 0) return <p className="muted">No tokens yet.</p>;
  return (
    <div className="table-scroll">
      <table aria-label="API tokens">
        <thead>
          <tr>
            <th scope="col">For</th>
            <th scope="col">Role</th>
            <th scope="col">Whose</th>
            <th scope="col">Made</th>
            <th scope="col">Expires</th>
            <th scope="col">Last used</th>
            <th scope="col">
              <span className="visually-hidden">Action</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {props.tokens.map((t) => (
            <tr key={t.id}>
              <td>{t.label ?? "—"}</td>
              <td>{ROLE_NAMES[t.role]}</td>
              <td>{t.user ?? "—"}</td>
              <td className="nowrap">{formatDateTime(t.createdAt)}</td>
              <td className="nowrap">{t.expiresAt ? formatDateTime(t.expiresAt) : "never"}</td>
              <td className="nowrap">{t.lastUsedAt ? formatDateTime(t.lastUsedAt) : "never"}</td>
              <td>
                <button type="button" className="danger" onClick={() => props.onRevoke(t.id)}>
                  Revoke<span className="visually-hidden"> the token {t.label}</span>
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
