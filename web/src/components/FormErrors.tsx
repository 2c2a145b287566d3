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

/** A summary above a form: the whole-form message and each problem in plain words. */
export function FormErrors({ errors, message }: { errors: FieldErrors; message: string | null }) {
  const entries = Object.entries(errors);
  if (!message && entries.length === 0) return null;
  return (
    <div className="notice notice-error" role="alert">
      {message && <p className="form-message">{message}</p>}
      {entries.length > 0 && (
        <>
          <p>
            <strong>
              Please correct {entries.length === 1 ? "this" : `these ${entries.length} things`}:
            </strong>
          </p>
          <ul>
            {entries.map(([path, text]) => (
              <li key={path}>
                {pathInWords(path)} {text}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
