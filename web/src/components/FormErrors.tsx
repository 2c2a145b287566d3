import { useLayoutEffect, useRef, useState } from "react";
import type { FieldErrors } from "../lib/validation.ts";

/** Turns a JSON path into words: `$.members[0].organisation` → `member 1: organisation`. */
export function pathInWords(path: string): string {
  const words = path
    .replace(/^\$\.?/, "")
    .replace(
      /([a-z]+)s?\[(\d+)\]/g,
      (_, noun: string, index: string) => `${noun.replace(/s$/, "")} ${Number(index) + 1}:`,
    )
    .replace(/\./g, " ")
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .replace(/:$/, "")
    .trim();
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : "This record";
}

/** The ids of the fields (marked `data-error-path`) in the summary's form that each error is about. */
function fieldIdsOf(box: HTMLElement, paths: string[]): Record<string, string> {
  const scope = box.closest("form") ?? document;
  const ids: Record<string, string> = {};
  for (const path of paths) {
    const field = scope.querySelector<HTMLElement>(`[data-error-path="${CSS.escape(path)}"]`);
    if (field?.id) ids[path] = field.id;
  }
  return ids;
}

/** Moves focus to a field named in the summary (an in-page link alone only scrolls). */
function focusField(event: React.MouseEvent<HTMLAnchorElement>, id: string): void {
  const field = document.getElementById(id);
  if (!field) return;
  event.preventDefault();
  field.focus();
  field.scrollIntoView({ block: "center" });
}

/**
 * A summary above a form: the whole-form message and each problem in plain words, each linking to
 * its field; it takes focus whenever a submit fails, so keyboard and screen-reader users land on it.
 */
export function FormErrors({ errors, message }: { errors: FieldErrors; message: string | null }) {
  const box = useRef<HTMLDivElement>(null);
  const [fieldIds, setFieldIds] = useState<Record<string, string>>({});
  const entries = Object.entries(errors);
  // biome-ignore lint/correctness/useExhaustiveDependencies: each failed submit (new errors or message) moves focus here
  useLayoutEffect(() => {
    if (!box.current) return;
    setFieldIds(fieldIdsOf(box.current, Object.keys(errors)));
    box.current.focus();
  }, [errors, message]);
  if (!message && entries.length === 0) return null;
  return (
    <div className="notice notice-error error-summary" role="alert" tabIndex={-1} ref={box}>
      {message && <p className="form-message">{message}</p>}
      {entries.length > 0 && (
        <>
          <p>
            <strong>
              Please correct {entries.length === 1 ? "this" : `these ${entries.length} things`}:
            </strong>
          </p>
          <ul>
            {entries.map(([path, text]) => {
              const id = fieldIds[path];
              const words = `${pathInWords(path)} ${text}`;
              return (
                <li key={path}>
                  {id ? (
                    <a href={`#${id}`} onClick={(event) => focusField(event, id)}>
                      {words}
                    </a>
                  ) : (
                    words
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </div>
  );
}
