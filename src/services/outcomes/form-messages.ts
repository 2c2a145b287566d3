import { ANSWER_TEXT_MAX } from "../../shared/forms.ts";

/** Problems with an answer, in words for the respondent (English, and Welsh). */
export interface AnswerMessages {
  honeypot: string;
  consent: (text: string) => string;
  code: string;
  number: string;
  scale: (min: number, max: number) => string;
  atLeast: (n: number) => string;
  atMost: (n: number) => string;
  options: string;
  option: string;
  date: string;
  tooLong: (size: number) => string;
  required: string;
}

const EN: AnswerMessages = {
  honeypot:
    "The field “Leave this empty” must be left empty: it is there to stop automated answers",
  consent: (text) => `Tick “I agree” before sending: ${text}`,
  code: "An answer code has 1–40 letters, digits or dashes",
  number: "must be a number",
  scale: (min, max) => `choose a number from ${min} to ${max}`,
  atLeast: (n) => `must be at least ${n}`,
  atMost: (n) => `must be at most ${n}`,
  options: "choose from the options given",
  option: "choose one of the options given",
  date: "must be a date written YYYY-MM-DD",
  tooLong: (size) => `is too long: at most ${ANSWER_TEXT_MAX} characters (this answer has ${size})`,
  required: "needs an answer",
};

const CY: AnswerMessages = {
  honeypot: "Rhaid gadael y maes “Gadewch hwn yn wag” yn wag: mae yno i atal atebion awtomatig",
  consent: (text) => `Ticiwch “Rwy’n cytuno” cyn anfon: ${text}`,
  code: "Mae gan god ateb 1–40 o lythrennau, digidau neu gysylltnodau",
  number: "rhaid iddo fod yn rhif",
  scale: (min, max) => `dewiswch rif o ${min} i ${max}`,
  atLeast: (n) => `rhaid iddo fod o leiaf ${n}`,
  atMost: (n) => `rhaid iddo fod yn ${n} neu lai`,
  options: "dewiswch o’r dewisiadau a roddwyd",
  option: "dewiswch un o’r dewisiadau a roddwyd",
  date: "rhaid iddo fod yn ddyddiad ar ffurf BBBB-MM-DD",
  tooLong: (size) => `yn rhy hir: dim mwy na ${ANSWER_TEXT_MAX} nod (mae gan yr ateb hwn ${size})`,
  required: "mae angen ateb",
};

/** The messages in `lang`: Welsh for `cy`, English otherwise. */
export function answerMessagesIn(lang: string): AnswerMessages {
  return lang === "cy" ? CY : EN;
}
