import type { AnswerValues } from "../../services/outcomes/form-check.ts";
import type { Form, FormLinkKind, FormQuestion, Translated } from "../../shared/forms.ts";
import type { Problem } from "../../shared/problems.ts";
import type { Words } from "./form-words.ts";
import { esc } from "./respondent-html.ts";

/** Where the page is and how it is shown: its action, language and easy-read choice. */
export interface PageView {
  action: string;
  lang: string;
  easy: boolean;
  kind: FormLinkKind;
  researcher: string | null;
}

/** The text to show: easy-read when chosen and given, else the standard text; in `lang`. */
export function shown(
  t: Translated | undefined,
  easy: Translated | undefined,
  v: PageView,
  form: Form,
) {
  const pick = v.easy && easy ? easy : t;
  return pick?.[v.lang] ?? pick?.[form.languages[0]!] ?? "";
}

const fieldValue = (values: AnswerValues, name: string) => {
  const v = values[name];
  return typeof v === "string" ? v : "";
};

function choice(
  type: "radio" | "checkbox",
  name: string,
  id: string,
  value: string,
  label: string,
  on: boolean,
) {
  return `<div class="option"><input type="${type}" id="${esc(id)}" name="${esc(name)}" value="${esc(value)}"${on ? " checked" : ""}><label for="${esc(id)}">${esc(label)}</label></div>`;
}

function optionsHtml(q: FormQuestion, form: Form, v: PageView, values: AnswerValues): string {
  if (q.kind === "scale") {
    const out: string[] = [];
    for (let n = q.scale!.min; n <= q.scale!.max; n++) {
      const end =
        n === q.scale!.min && q.scale!.minLabel
          ? ` – ${shown(q.scale!.minLabel, undefined, v, form)}`
          : n === q.scale!.max && q.scale!.maxLabel
            ? ` – ${shown(q.scale!.maxLabel, undefined, v, form)}`
            : "";
      out.push(
        choice(
          "radio",
          q.id,
          `${q.id}-${n}`,
          String(n),
          `${n}${end}`,
          fieldValue(values, q.id) === String(n),
        ),
      );
    }
    return out.join("\n");
  }
  const multiple = q.kind === "multiple_choice";
  return (q.options ?? [])
    .map((o) => {
      const name = multiple ? `${q.id}__${o.value}` : q.id;
      const on = multiple ? fieldValue(values, name) !== "" : fieldValue(values, q.id) === o.value;
      const label = shown(o.label, o.easyRead, v, form);
      return choice(
        multiple ? "checkbox" : "radio",
        name,
        `${q.id}-${o.value}`,
        multiple ? "on" : o.value,
        label,
        on,
      );
    })
    .join("\n");
}

function inputHtml(q: FormQuestion, values: AnswerValues, described: string): string {
  const value = esc(fieldValue(values, q.id));
  const aria = described ? ` aria-describedby="${described}"` : "";
  if (q.kind === "text")
    return `<textarea id="${esc(q.id)}" name="${esc(q.id)}" rows="5"${aria}>${value}</textarea>`;
  const type = q.kind === "date" ? "date" : "text";
  const mode = q.kind === "number" ? ` inputmode="decimal"` : "";
  return `<input type="${type}" id="${esc(q.id)}" name="${esc(q.id)}" value="${value}"${mode}${aria}>`;
}

/** One question as HTML: a fieldset of radios or checkboxes, or a labelled input or text area. */
export function formQuestionHtml(
  q: FormQuestion,
  form: Form,
  v: PageView,
  w: Words,
  values: AnswerValues,
  problem: Problem | undefined,
): string {
  const text = `${shown(q.text, q.easyRead, v, form)} ${q.required ? w.required : w.optional}`;
  const hintText =
    q.kind === "text"
      ? [shown(q.hint, undefined, v, form), w.textHint].filter(Boolean).join(" ")
      : shown(q.hint, undefined, v, form);
  const hint = hintText ? `<p class="hint" id="${esc(q.id)}-hint">${esc(hintText)}</p>` : "";
  const error = problem
    ? `<p class="error-message" id="${esc(q.id)}-error"><span class="visually-hidden">Error: </span>${esc(problem.message)}</p>`
    : "";
  const described = [hint && `${esc(q.id)}-hint`, error && `${esc(q.id)}-error`]
    .filter(Boolean)
    .join(" ");
  const cls = problem ? " has-error" : "";
  if (q.kind === "scale" || q.kind === "single_choice" || q.kind === "multiple_choice")
    return `<fieldset id="${esc(q.id)}-group" class="${cls.trim()}"${described ? ` aria-describedby="${described}"` : ""}>
<legend>${esc(text)}</legend>
${hint}${error}${optionsHtml(q, form, v, values)}
</fieldset>`;
  return `<div class="field${cls}">
<label for="${esc(q.id)}">${esc(text)}</label>
${hint}${error}${inputHtml(q, values, described)}
</div>`;
}
