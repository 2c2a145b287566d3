import type { RespondentForm } from "../../services/people/respondent-answers.ts";
import { DONT_KNOW, type FormValues } from "../../services/people/respondent-form.ts";
import {
  MERLIN_ITEMS,
  MERLIN_PRINCIPLES,
  MERLIN_RELATION_LABELS,
  MERLIN_RELATIONS,
  MERLIN_SCALE,
  type MerlinItem,
} from "../../shared/merlin.ts";
import type { Problem } from "../../shared/problems.ts";

/** Escapes text for HTML content and double-quoted attributes. */
export function esc(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!,
  );
}

// Mobile first, one column; contrast ≥ 4.5:1 everywhere, a visible focus ring, targets ≥ 44 px.
const STYLE = `
*{box-sizing:border-box}
body{margin:0;font:1.125rem/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1b1b;background:#fff}
main{max-width:40rem;margin:0 auto;padding:1rem}
h1{font-size:1.75rem;line-height:1.2;margin:.5rem 0 1rem}
h2{font-size:1.375rem;margin:0}
fieldset{border:0;margin:0 0 1.5rem;padding:0;min-width:0}
.principle>legend{padding:0;margin-bottom:.75rem}
.item{border-left:4px solid #d0d4da;padding-left:.75rem}
.item>legend{font-weight:600;padding:0;margin-bottom:.5rem}
.option{display:flex;align-items:center;gap:.75rem;min-height:44px}
.option input{width:28px;height:28px;margin:0;flex:none;accent-color:#1d4ed8}
.option label{flex:1;padding:.5rem 0;cursor:pointer}
.has-error{border-left-color:#b3261e}
.error-message{color:#b3261e;font-weight:700;margin:0 0 .5rem}
.error-summary{border:4px solid #b3261e;padding:1rem;margin:0 0 1.5rem}
.error-summary h2{margin-bottom:.5rem}
.error-summary a{color:#b3261e;font-weight:700}
.hint{color:#4a4f55}
button{font:inherit;font-weight:700;color:#fff;background:#1d4ed8;border:0;border-radius:4px;padding:.75rem 1.25rem;min-height:48px;cursor:pointer}
a{color:#1d4ed8}
:focus-visible{outline:3px solid #1b1b1b;outline-offset:3px;box-shadow:0 0 0 3px #ffdd00}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
`;

/** A whole page: language, title, viewport for phones, and the inline style (the CSP allows it). */
export function pageOf(title: string, body: string): string {
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${esc(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main id="main">
${body}
</main>
</body>
</html>`;
}

/** The page for a link that cannot be used, saying why. */
export function refusalPage(message: string): string {
  return pageOf(
    "This link cannot be used – partner survey",
    `<h1>This link cannot be used</h1>\n<p>${esc(message)}</p>`,
  );
}

/** The page after a successful answer. */
export function thanksPage(form: RespondentForm): string {
  return pageOf(
    "Thank you – partner survey",
    `<h1>Thank you</h1>
<p>Your answers about <strong>${esc(form.surveyName)}</strong> have been recorded.</p>
<p>Other organisations only ever see answers combined from at least three people. You can close this page.</p>`,
  );
}

function radio(name: string, value: string, label: string, values: FormValues): string {
  const id = `${name}-${value}`;
  const checked = values[name] === value ? " checked" : "";
  return `<div class="option"><input type="radio" id="${esc(id)}" name="${esc(name)}" value="${esc(value)}"${checked}><label for="${esc(id)}">${esc(label)}</label></div>`;
}

function group(
  name: string,
  legend: string,
  options: [string, string][],
  values: FormValues,
  problem: Problem | undefined,
): string {
  const error = problem
    ? `<p class="error-message" id="${esc(name)}-error"><span class="visually-hidden">Error: </span>${esc(problem.message)}</p>`
    : "";
  const described = problem ? ` aria-describedby="${esc(name)}-error"` : "";
  return `<fieldset class="item${problem ? " has-error" : ""}" id="${esc(name)}"${described}>
<legend>${esc(legend)}</legend>
${error}${options.map(([value, label]) => radio(name, value, label, values)).join("\n")}
</fieldset>`;
}

const SCALE: [string, string][] = [
  ...MERLIN_SCALE.map((s): [string, string] => [String(s.value), s.label]),
  [DONT_KNOW, "Don’t know"],
];

function principleSection(
  id: string,
  name: string,
  items: MerlinItem[],
  values: FormValues,
  problems: Map<string, Problem>,
) {
  return `<fieldset class="principle" id="principle-${esc(id)}">
<legend><h2>${esc(name)}</h2></legend>
${items.map((item) => group(item.id, item.text, SCALE, values, problems.get(item.id))).join("\n")}
</fieldset>`;
}

function errorSummary(problems: Problem[]): string {
  if (problems.length === 0) return "";
  const first = (path: string) =>
    path === "relation" ? `relation-${MERLIN_RELATIONS[0]}` : `${path}-1`;
  const items = problems
    .map((p) => {
      const item = MERLIN_ITEMS.find((i) => i.id === p.path);
      const what = item ? `“${item.text}”: ` : "";
      return `<li><a href="#${esc(first(p.path))}">${esc(what + p.message)}</a></li>`;
    })
    .join("\n");
  return `<div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1" autofocus>
<h2 id="error-summary-title">There ${problems.length === 1 ? "is a problem" : `are ${problems.length} problems`}</h2>
<ul>${items}</ul>
</div>`;
}

/**
 * The answering form: one fieldset per principle, a radio group per statement, the relation
 * asked unless the link fixes it; after a refused submission, an error summary linked to the
 * fields, a message at each field, and every answer given kept.
 */
export function formPage(
  action: string,
  form: RespondentForm,
  values: FormValues = {},
  problems: Problem[] = [],
): string {
  const byField = new Map(problems.map((p) => [p.path, p]));
  const relation = form.relation
    ? ""
    : group(
        "relation",
        "How is your organisation connected to this supply chain?",
        MERLIN_RELATIONS.map((r): [string, string] => [r, MERLIN_RELATION_LABELS[r]]),
        values,
        byField.get("relation"),
      );
  const sections = MERLIN_PRINCIPLES.map((p) =>
    principleSection(
      p.id,
      p.name,
      MERLIN_ITEMS.filter((i) => i.principle === p.id),
      values,
      byField,
    ),
  ).join("\n");
  const who = form.organisationName ? ` for <strong>${esc(form.organisationName)}</strong>` : "";
  const title = `${problems.length ? "Error: " : ""}Partner survey: ${form.surveyName}`;
  return pageOf(
    title,
    `<h1>How well does this supply chain work for its partners?</h1>
${errorSummary(problems)}
<p>You are answering about <strong>${esc(form.surveyName)}</strong>${who}.</p>
<p class="hint">We do not ask your name. Other organisations only ever see answers combined from at least three people; people in your own organisation and the survey’s organisers may see your organisation’s answers. Choose “Don’t know” for any statement you cannot judge. It takes about 5 minutes.</p>
<form method="post" action="${esc(action)}" novalidate>
${relation}
${sections}
<button type="submit">Send my answers</button>
</form>`,
  );
}
