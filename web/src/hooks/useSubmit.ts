import { useState } from "react";
import { ApiError } from "../api.ts";
import { errorsOfProblems, type FieldErrors } from "../lib/validation.ts";

/** A form's sending state: busy, the server's message, and its problems by field path. */
export interface Submit {
  busy: boolean;
  message: string | null;
  errors: FieldErrors;
  /** Runs `action`; on an API error keeps its message and problems and answers null. */
  run: <T>(action: () => Promise<T>) => Promise<T | null>;
}

/** Sends a form to the API and keeps what the server said about it, field by field. */
export function useSubmit(): Submit {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const run = async <T>(action: () => Promise<T>): Promise<T | null> => {
    setBusy(true);
    setMessage(null);
    setErrors({});
    try {
      return await action();
    } catch (cause) {
      if (!(cause instanceof ApiError)) throw cause;
      setErrors(errorsOfProblems(cause.problems));
      setMessage(cause.message);
      return null;
    } finally {
      setBusy(false);
    }
  };
  return { busy, message, errors, run };
}
