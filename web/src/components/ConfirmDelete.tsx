import { useState } from "react";
import { ApiError } from "../api.ts";

/** A delete button that asks for confirmation and explains a 'still referenced' refusal. */
export function ConfirmDelete(props: { what: string; onDelete: () => Promise<void> }) {
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [refused, setRefused] = useState(false);

  const handleConfirm = async () => {
    setBusy(true);
    setError(null);
    try {
      await props.onDelete();
    } catch (cause) {
      const api = cause instanceof ApiError ? cause : null;
      setError(api?.message ?? String(cause));
      setRefused(api?.status === 409);
      setAsking(false);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="confirm-delete">
      {!asking && (
        <button type="button" className="danger" onClick={() => setAsking(true)}>
          Delete
        </button>
      )}
      {asking && (
        <div className="notice notice-warning" role="alertdialog" aria-label="Confirm delete">
          <p>Delete {props.what}? This cannot be undone.</p>
          <button type="button" className="danger" disabled={busy} onClick={handleConfirm}>
            Yes, delete
          </button>{" "}
          <button type="button" onClick={() => setAsking(false)}>
            Cancel
          </button>
        </div>
      )}
      {error && (
        <div className="notice notice-error" role="alert">
          {refused && <strong>Not deleted: it is still referenced. </strong>}
          {error}
        </div>
      )}
    </div>
  );
}
