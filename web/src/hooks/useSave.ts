import { useState } from "react";
import type { z } from "zod";
import { ApiError, apiFetch, resourcePath } from "../api.ts";
import { errorsOfProblems, type FieldErrors, validateWith } from "../lib/validation.ts";
import { forgetNames } from "./useNames.ts";

/** A form's saving state: field errors by path, a message for the whole form, and whether busy. */
export interface SaveState<T> {
  errors: FieldErrors;
  message: string | null;
  busy: boolean;
  save: (input: unknown) => Promise<T | null>;
}

/** Validates with the shared schema, then creates (POST) or replaces (PUT) an entity. */
export function useSave<S extends z.ZodType>(
  schema: S,
  workspace: string,
  resource: string,
  id: string | null,
): SaveState<z.infer<S>> {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async (input: unknown): Promise<z.infer<S> | null> => {
    setMessage(null);
    const checked = validateWith(schema, input);
    if (!checked.ok) {
      setErrors(checked.errors);
      return null;
    }
    setErrors({});
    setBusy(true);
    try {
      const path = resourcePath(workspace, resource, id ?? undefined);
      const method = id === null ? "POST" : "PUT";
      const saved = await apiFetch<z.infer<S>>(path, { method, body: checked.value });
      forgetNames(workspace);
      return saved;
    } catch (cause) {
      if (!(cause instanceof ApiError)) throw cause;
      if (cause.status === 400 && cause.problems.length > 0)
        setErrors(errorsOfProblems(cause.problems));
      if (cause.status === 409) setMessage(`Not saved: ${cause.message}`);
      else setMessage(cause.status === 400 ? `Not saved: ${cause.message}` : cause.message);
      return null;
    } finally {
      setBusy(false);
    }
  };

  return { errors, message, busy, save };
}
