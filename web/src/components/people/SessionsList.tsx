import { useState } from "react";
import type { Items } from "../../../../src/shared/api-common.ts";
import type { SessionView } from "../../../../src/shared/index.ts";
import { ApiError, apiFetch } from "../../api.ts";
import { useFetch } from "../../hooks/useFetch.ts";
import { formatDateTime } from "../../lib/people-format.ts";
import { ErrorNotice, Loading } from "../ErrorNotice.tsx";

/** Where and when you are signed in, with a way to sign out the other browsers. */
export function SessionsList() {
  const sessions = useFetch<Items<SessionView>>("/me/sessions");
  const [error, setError] = useState<ApiError | null>(null);

  const handleRevoke = async (id: string) => {
    setError(null);
    try {
      await apiFetch(`/me/sessions/${encodeURIComponent(id)}`, { method: "DELETE" });
      sessions.reload();
    } catch (cause) {
      setError(cause instanceof ApiError ? cause : new ApiError(0, "error", String(cause)));
    }
  };

  if (sessions.error) return <ErrorNotice error={sessions.error} />;
  if (!sessions.data) return <Loading what="your sessions" />;
  if (sessions.data.items.length === 0)
    return <p className="muted">No browser sessions: you came in with a token.</p>;
  return (
    <>
      {error && <ErrorNotice error={error} />}
      <div className="table-scroll">
        <table aria-label="Your sessions">
          <thead>
            <tr>
              <th scope="col">Browser</th>
              <th scope="col">Signed in</th>
              <th scope="col">Last seen</th>
              <th scope="col">Ends</th>
              <th scope="col">
                <span className="visually-hidden">Action</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {sessions.data.items.map((s) => (
              <tr key={s.id}>
                <td className="wide-text">{s.userAgent ?? "Unknown browser"}</td>
                <td className="nowrap">{formatDateTime(s.createdAt)}</td>
                <td className="nowrap">{formatDateTime(s.lastSeenAt)}</td>
                <td className="nowrap">{formatDateTime(s.expiresAt)}</td>
                <td>
                  {s.current ? (
                    <strong>This browser</strong>
                  ) : (
                    <button type="button" onClick={() => handleRevoke(s.id)}>
                      Sign out this session
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
