import type { AssessmentAnswering } from "../../services/health/assessment-answers.ts";
import {
  type AnswerValues,
  DONT_KNOW,
  RATE_PREFIX,
} from "../../services/health/assessment-form.ts";
import type { Instrument } from "../../shared/instruments.ts";
import type { Problem } from "../../shared/problems.ts";
import { esc, pageOf } from "./respondent-html.ts";

type Option = [value: string, label: string];

function radio(name: string, [value, label]: Option, values: AnswerValues): string {
  const id = `${name}-${value}`;
  const checked = values[name] === value ? " checked" : "";
  return `<div class="option"><input type="radio" id="${esc(id)}" name="${esc(name)}" value="${esc(value)}"${checked}><label for="${esc(id)}">${esc(label)}</label></div>`;
}

/** One question as a radio group: a fieldset whose legend is the question, its error beside it. */
function group(
  name: string,
  legend: string,
  options: Option[],
  values: AnswerValues,
  problem: Problem | undefined,
): string {
  const errorId = `${name}-error`;
  const error = problem
    ? `<p class="error-message" id="${esc(errorId)}"><span class="visually-hidden">Error: </span>${esc(problem.message)}</p>`
    : "";
  const described = problem ? ` aria-describedby="${esc(errorId)}"` : "";
  return `<fieldset class="item${problem ? " has-error" : ""}" id="${esc(name)}"${described}>
<legend>${esc(legend)}</legend>
${error}${options.map((o) => radio(name, o, values)).join("\n")}
</fieldset>`;
}

/** The scale's points with their labels (a bare number where the instrument has none), then "Don't know". */
export function scaleOptions(instrument: Instrument): Option[] {
  const options: Option[] = [];
  for (let v = instrument.scale.min; v <= instrument.scale.max; v++) {
    const label = instrument.scale.labels[String(v)];
    options.push([String(v), label ? `${v} – ${label}` : String(v)]);
  }
  return [...options, [DONT_KNOW, "Don’t know"]];
}

function questions(form: AssessmentAnswering, values: AnswerValues, byField: Map<string, Problem>) {
  const options = scaleOptions(form.instrument);
  const sections = form.instrument.dimensions.map((d) => {
    const items = form.instrument.items.filter((i) => i.dimension === d.id);
    return `<fieldset class="principle" id="dimension-${esc(d.id)}">
<legend><h2>${esc(d.name)}</h2></legend>
${items.map((i) => group(i.id, i.text, options, values, byField.get(i.id))).join("\n")}
</fieldset>`;
  });
  if (form.instrument.kind === "pairwise") {
    const others = form.partners.filter((p) => p.id !== form.organisation);
    sections.push(`<fieldset class="principle" id="ratings">
<legend><h2>How closely does your organisation work with each partner?</h2></legend>
${others
  .map((p) => {
    const field = `${RATE_PREFIX}${p.id}`;
    return group(field, p.name ?? p.id, options, values, byField.get(field));
  })
  .join("\n")}
</fieldset>`);
  }
  return sections.join("\n");
}

function errorSummary(problems: Problem[]): string {
  if (problems.length === 0) return "";
  const items = problems
    .map((p) => `<li><a href="#${esc(p.path)}">${esc(p.message)}</a></li>`)
    .join("\n");
  return `<div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1" autofocus>
<h2 id="error-summary-title">There ${problems.length === 1 ? "is a problem" : `are ${problems.length} problems`}; nothing was recorded</h2>
<ul>${items}</ul>
</div>`;
}

/**
 * The answering page of an assessment link: one fieldset per dimension, a radio group per
 * statement with the scale's labels, and for a pairwise instrument a group per other partner;
 * after a refused submission, an error summary linked to the fields and every answer kept.
 */
export function assessmentFormPage(
  action: string,
  form: AssessmentAnswering,
  values: AnswerValues = {},
  problems: Problem[] = [],
): string {
  const byField = new Map(problems.map((p) => [p.path, p]));
  const who = form.organisationName ?? form.organisation;
  const title = `${problems.length ? "Error: " : ""}Partnership assessment: ${form.assessmentName}`;
  return pageOf(
    title,
    `<h1>${esc(form.assessmentName)}</h1>
${errorSummary(problems)}
<p>You are answering for <strong>${esc(who)}</strong>, in the round of ${esc(form.wave.date)}.</p>
<p class="hint">${esc(form.instrument.description)}</p>
<p class="hint">We do not ask your name. Other partners only ever see your organisation’s answers combined from at least three people. Choose “Don’t know” for anything you cannot judge.</p>
<form method="post" action="${esc(action)}" novalidate>
${questions(form, values, byField)}
<button type="submit">Send my answers</button>
</form>`,
  );
}

/** The page after a recorded answer. */
export function assessmentThanksPage(form: AssessmentAnswering): string {
  return pageOf(
    "Thank you – partnership assessment",
    `<h1>Thank you</h1>
<p>Your answers for <strong>${esc(form.organisationName ?? form.organisation)}</strong> about <strong>${esc(form.assessmentName)}</strong> have been recorded.</p>
<p>Other partners only ever see answers combined from at least three people. You can close this page.</p>`,
  );
}
