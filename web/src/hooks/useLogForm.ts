import { type FormEvent, useState } from "react";
import type { z } from "zod";
import { navigate } from "../router.tsx";
import { useSave } from "./useSave.ts";

/** A log form's state (evidence, events, contracts): draft, bound fields, errors and submit. */
export function useLogForm<D, S extends z.ZodType<{ id: string }>>(options: {
  schema: S;
  workspace: string;
  resource: string;
  id: string | null;
  initial: D;
  toInput: (draft: D) => unknown;
}) {
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
  // These logs have no page per item, so Cancel and a save both go back to the list.
  const cancel = `/w/${encodeURIComponent(workspace)}/${resource}`;
  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (await save(options.toInput(draft))) navigate(cancel);
  };
  return { draft, set, field, errors, message, busy, cancel, handleSubmit };
}
