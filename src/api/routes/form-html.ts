import type { AnswerValues } from "../../services/outcomes/form-check.ts";
import type { Form, FormQuestion } from "../../shared/forms.ts";
import type { Problem } from "../../shared/problems.ts";
import { formQuestionHtml, type PageView, shown } from "./form-questions-html.ts";
import { LANGUAGE_NAMES, type Words, wordsIn } from "./form-words.ts";
import { esc } from "./respondent-html.ts";

// Mobile first (one column from 320 px), contrast ≥ 4.5:1, visible focus, targets ≥ 44 px.
const STYLE = `
*{box-sizing:border-box}
body{margin:0;font:1.125rem/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1b1b;background:#fff}
main{max-width:40rem;margin:0 auto;padding:1rem}
h1{font-size:1.75rem;line-height:1.2;margin:.5rem 0 1rem}
nav.switch{display:flex;flex-wrap:wrap;gap:.5rem 1rem;margin:0 0 1rem;font-size:1rem}
nav.switch a{display:inline-block;min-height:44px;padding:.6rem 0}
fieldset{border:0;border-left:4px solid #d0d4da;margin:0 0 1.5rem;padding:0 0 0 .75rem;min-width:0}
legend{font-weight:600;padding:0;margin-bottom:.5rem}
.field{border-left:4px solid #d0d4da;padding-left:.75rem;margin:0 0 1.5rem}
.field label{display:block;font-weight:600;margin-bottom:.25rem}
.option{display:flex;align-items:center;gap:.75rem;min-height:44px}
.option input{width:28px;height:28px;margin:0;flex:none;accent-color:#1d4ed8}
.option label{flex:1;padding:.5rem 0;cursor:pointer;font-weight:400}
input[type=text],input[type=number],input[type=date],textarea{font:inherit;width:100%;max-width:100%;padding:.5rem;border:2px solid #1b1b1b;border-radius:4px;min-height:44px}
textarea{min-height:8rem}
.has-error{border-left-color:#b3261e}
.error-message{color:#b3261e;font-weight:700;margin:0 0 .5rem}
.error-summary{border:4px solid #b3261e;padding:1rem;margin:0 0 1.5rem}
.error-summary a{color:#b3261e;font-weight:700}
.hint{color:#4a4f55;margin:0 0 .5rem}
.status{font-weight:700;margin:1rem 0}
.hp{position:absolute;left:-10000px;width:1px;height:1px;overflow:hidden}
button{font:inherit;font-weight:700;color:#fff;background:#1d4ed8;border:0;border-radius:4px;padding:.75rem 1.25rem;min-height:48px;cursor:pointer;width:100%}
a{color:#1d4ed8}
:focus-visible{outline:3px solid #1b1b1b;outline-offset:3px;box-shadow:0 0 0 3px #ffdd00}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
`;

/** A whole page in `lang`, with the answering script (served from our own origin, as the CSP allows). */
export function formShell(title: string, lang: string, body: string, script = false): string {
  const js = script ? `\n<script src="/r-assets/form-answering.js" defer></script>` : "";
  return `<!doctype html>
<html lang="${esc(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${esc(title)}</title>
<style>${STYLE}</style>${js}
</head>
<body>
<main id="main">
${body}
</main>
</body>
</html>`;
}

function switches(form: Form, v: PageView, w: Words): string {
  const link = (lang: string, easy: boolean) =>
    `${esc(v.action)}?lang=${encodeURIComponent(lang)}&amp;easy=${easy ? 1 : 0}`;
  const langs = form.languages
    .filter((l) => l !== v.lang)
    .map(
      (l) =>
        `<a href="${link(l, v.easy)}" lang="${esc(l)}" hreflang="${esc(l)}">${esc(LANGUAGE_NAMES[l] ?? l)}</a>`,
    );
  const easy = form.easyRead
    ? [`<a href="${link(v.lang, !v.easy)}">${esc(v.easy ? w.easyOff : w.easyOn)}</a>`]
    : [];
  const items = [...langs, ...easy];
  return items.length
    ? `<nav class="switch" aria-label="${esc(w.language)}">${items.join("\n")}</nav>`
    : "";
}

function errorSummary(problems: Problem[], w: Words, form: Form): string {
  if (problems.length === 0) return "";
  const target = (path: string) => {
    const q = form.questions.find((x) => x.id === path);
    if (!q) return path;
    if (q.kind === "scale") return `${q.id}-${q.scale!.min}`;
    if (q.kind === "single_choice" || q.kind === "multiple_choice")
      return `${q.id}-${q.options![0]!.value}`;
    return q.id;
  };
  const items = problems
    .map((p) => `<li><a href="#${esc(target(p.path))}">${esc(p.message)}</a></li>`)
    .join("\n");
  return `<div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1">
<h2 id="error-summary-title">${problems.length === 1 ? w.problemOne : w.problemMany}</h2>
<ul>${items}</ul>
</div>`;
}

function codeField(v: PageView, w: Words, values: AnswerValues, problem?: Problem): string {
  const interview = v.kind === "interview";
  const value = typeof values.respondent_code === "string" ? values.respondent_code : "";
  const error = problem
    ? `<p class="error-message" id="respondent_code-error">${esc(problem.message)}</p>`
    : "";
  return `<div class="field${problem ? " has-error" : ""}">
<label for="respondent_code">${esc(interview ? w.codeInterview : w.codeSelf)} ${esc(w.optional)}</label>
<p class="hint" id="respondent_code-hint">${esc(interview ? w.codeInterviewHint : w.codeSelfHint)}</p>
${error}<input type="text" id="respondent_code" name="respondent_code" value="${esc(value)}" autocomplete="off" aria-describedby="respondent_code-hint${problem ? " respondent_code-error" : ""}">
</div>`;
}

function consentField(form: Form, v: PageView, w: Words, values: AnswerValues, problem?: Problem) {
  const error = problem
    ? `<p class="error-message" id="consent-error">${esc(problem.message)}</p>`
    : "";
  const checked = values.consent === "yes" ? " checked" : "";
  return `<fieldset id="consent-group" class="${problem ? "has-error" : ""}">
<legend>${esc(w.consent)} ${esc(w.required)}</legend>
<p class="hint">${esc(shown(form.consent.text, form.consent.easyRead, v, form))}</p>
${error}<div class="option"><input type="checkbox" id="consent" name="consent" value="yes"${checked}><label for="consent">${esc(w.agree)}</label></div>
</fieldset>`;
}

/**
 * The answering page: language and easy-read switches, consent, an optional answer code, each
 * question; after a refused answer, an error summary linked to the fields and every answer kept.
 * A plain form POST works without script; the script keeps answers on the device until sent.
 */
export function formAnswerPage(
  form: Form,
  v: PageView,
  submissionId: string,
  values: AnswerValues = {},
  problems: Problem[] = [],
): string {
  const w = wordsIn(v.lang);
  const byField = new Map(problems.map((p) => [p.path, p]));
  const title = shown(form.title, undefined, v, form);
  const intro = form.intro ? `<p>${esc(shown(form.intro, undefined, v, form))}</p>` : "";
  const who = v.researcher ? `<p class="hint">${esc(w.interviewer)} ${esc(v.researcher)}</p>` : "";
  const questions = form.questions
    .map((q: FormQuestion) => formQuestionHtml(q, form, v, w, values, byField.get(q.id)))
    .join("\n");
  const body = `${switches(form, v, w)}
<h1>${esc(title)}</h1>
${errorSummary(problems, w, form)}${intro}${who}
<form method="post" action="${esc(v.action)}" id="answer-form" novalidate data-answers="${esc(v.action)}/answers" data-offline="${esc(w.offline)}" data-sending="${esc(w.sending)}">
<input type="hidden" name="submission_id" value="${esc(submissionId)}">
<input type="hidden" name="lang" value="${esc(v.lang)}">
<input type="hidden" name="easy" value="${v.easy ? "1" : "0"}">
<div class="hp"><label for="website">${esc(w.honeypot)}</label><input type="text" id="website" name="website" tabindex="-1" autocomplete="off"></div>
${consentField(form, v, w, values, byField.get("consent"))}
${codeField(v, w, values, byField.get("respondent_code"))}
${questions}
<p id="answer-status" class="status" role="status" aria-live="polite"></p>
<button type="submit">${esc(w.send)}</button>
</form>`;
  return formShell(`${problems.length ? "Error: " : ""}${title}`, v.lang, body, true);
}

/** The body of the thanks page (also sent to the script, which shows it in place). */
export function formThanksBody(v: PageView, code: string): string {
  const w = wordsIn(v.lang);
  const next =
    v.kind === "interview"
      ? `<p><a href="${esc(v.action)}?lang=${encodeURIComponent(v.lang)}&amp;easy=${v.easy ? 1 : 0}">${esc(w.next)}</a></p>`
      : "";
  return `<h1>${esc(w.thanks)}</h1>
<p>${esc(w.recorded)}</p>
<p>${esc(w.yourCode)} <strong id="respondent-code">${esc(code)}</strong>.</p>
<p>${esc(w.keepCode)}</p>
${next}`;
}

/** A page saying why the link cannot be used, in `lang`. */
export function formRefusalPage(message: string, lang = "en"): string {
  const w = wordsIn(lang);
  return formShell(w.refused, lang, `<h1>${esc(w.refused)}</h1>\n<p>${esc(message)}</p>`);
}
