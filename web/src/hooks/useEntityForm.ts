import { type FormEvent, useState } from "react";
import type { z } from "zod";
import type { FieldErrors } from "../lib/validation.ts";
import { navigate } from "../router.tsx";
import { useSave } from "./useSave.ts";

/** What an entity form needs: the shared schema, where it is stored, and how a draft becomes input. */
export interface EntityFormOptions<D, S extends z.ZodType<{ id: string }>> {
  schema: S;
  workspace: string;
  /** The API resource and web path segment, e.g. "organisations". */
  resource: string;
  /** Null when creating. */
  id: string | null;
  initial: D;
  toInput: (draft: D, creating: boolean) => unknown;
  /** Runs after a successful save, before the saved entity's page opens (e.g. a 'Formed' event). */
  afterSave?: (saved: z.infer<S>, draft: D, created: boolean) => Promise<void>;
}

/** An entity form's state: the draft, setters and bound fields, save errors, and the submit handler. */
export interface EntityForm<D> {
  draft: D;
  set: <K extends keyof D>(key: K) => (value: D[K]) => void;
  /** Value, setter and error (at `$.key`) of one draft field, to spread into a field component. */
  field: <K extends keyof D & string>(
    key: K,
  ) => {
    value: D[K];
    onChange: (value: D[K]) => void;
    error: string | undefined;
    errorPath?: string;
  };
  errors: FieldErrors;
  message: string | null;
  busy: boolean;
  /** Where Cancel goes: the entity's page, or the list when creating. */
  cancel: string;
  handleSubmit: (event: FormEvent) => Promise<void>;
}

/** Keeps a draft, validates and saves it (POST or PUT), then opens the saved entity's page. */
export function useEntityForm<D, S extends z.ZodType<{ id: string }>>(
  options: EntityFormOptions<D, S>,
): EntityForm<D> {
  const { workspace, resource, id } = options;
  const [draft, setDraft] = useState(options.initial);
  const { errors, message, busy, save } = useSave(options.schema, workspace, resource, id);
  const set =
    <K extends keyof D>(key: K) =>
    (value: D[K]) =>
      setDraft((d) => ({ ...d, [key]: value }));
  const field = <K extends keyof D & string>(key: K) => ({
    value: draft[key],
    onChange: set(key),
    error: errors[`$.${key}`],
    errorPath: `$.${key}`,
  });
  const base = `/w/${encodeURIComponent(workspace)}/${resource}`;
  const cancel = id === null ? base : `${base}/${encodeURIComponent(id)}`;

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const saved = await save(options.toInput(draft, id === null));
    if (!saved) return;
    await options.afterSave?.(saved, draft, id === null);
    navigate(`${base}/${encodeURIComponent(saved.id)}`);
  };

  return { draft, set, field, errors, message, busy, cancel, handleSubmit };
}
