import type { ApiError } from "../api.ts";

const TITLES: Record<string, string> = {
  not_found: "Not found",
  conflict: "This clashes with what is stored",
  invalid: "Some of this needs correcting",
  too_large: "Too large",
  network: "No connection",
};

/** A plain-words notice for an API error (a 401 is handled by the whole app instead). */
export function ErrorNotice({ error }: { error: ApiError }) {
  return (
    <div className="notice notice-error" role="alert">
      <strong>{TITLES[error.code] ?? "Something went wrong"}.</strong> {error.message}
    </div>
  );
}

/** A short 'loading' line, announced politely to screen readers. */
export function Loading({ what }: { what: string }) {
  return (
    <p className="loading" aria-live="polite">
      Loading {what}…
    </p>
  );
}
