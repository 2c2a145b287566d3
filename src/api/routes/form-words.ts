/** The answering page's own words, in English and Welsh; other languages fall back to English. */
const WORDS = {
  en: {
    language: "Language",
    easyOn: "Easy read version",
    easyOff: "Standard version",
    consent: "Consent",
    agree: "I agree",
    required: "(required)",
    optional: "(optional)",
    codeSelf: "Your answer code, if you were given one",
    codeSelfHint: "Leave it empty if you have not answered before: we will give you a code.",
    codeInterview: "Answer code of the person you are interviewing",
    codeInterviewHint: "Leave it empty for someone new: a code is made for them.",
    honeypot: "Leave this empty",
    send: "Send my answers",
    problemOne: "There is a problem",
    problemMany: "There are problems",
    thanks: "Thank you",
    recorded: "Your answers have been recorded.",
    yourCode: "Your answer code is",
    keepCode:
      "Keep it if you answer again later, or if you want to ask for your answers to be erased.",
    next: "Enter the next person’s answers",
    interviewer: "Answers entered by",
    textHint: "At most 1000 characters.",
    scaleFrom: "from",
    scaleTo: "to",
    offline:
      "You are offline. Your answers are kept on this device and will be sent when the connection returns.",
    sending: "Sending your answers…",
    refused: "This link cannot be used",
  },
  cy: {
    language: "Iaith",
    easyOn: "Fersiwn hawdd ei darllen",
    easyOff: "Fersiwn safonol",
    consent: "Caniatâd",
    agree: "Rwy’n cytuno",
    required: "(gofynnol)",
    optional: "(dewisol)",
    codeSelf: "Eich cod ateb, os cawsoch un",
    codeSelfHint: "Gadewch yn wag os nad ydych wedi ateb o’r blaen: byddwn yn rhoi cod i chi.",
    codeInterview: "Cod ateb y person rydych yn ei gyfweld",
    codeInterviewHint: "Gadewch yn wag ar gyfer rhywun newydd: bydd cod yn cael ei greu.",
    honeypot: "Gadewch hwn yn wag",
    send: "Anfon fy atebion",
    problemOne: "Mae problem",
    problemMany: "Mae problemau",
    thanks: "Diolch",
    recorded: "Mae eich atebion wedi’u cofnodi.",
    yourCode: "Eich cod ateb yw",
    keepCode:
      "Cadwch ef os byddwch yn ateb eto yn nes ymlaen, neu os ydych am ofyn i’ch atebion gael eu dileu.",
    next: "Rhowch atebion y person nesaf",
    interviewer: "Atebion wedi’u rhoi gan",
    textHint: "Dim mwy na 1000 nod.",
    scaleFrom: "o",
    scaleTo: "i",
    offline:
      "Rydych all-lein. Mae eich atebion yn cael eu cadw ar y ddyfais hon a byddant yn cael eu hanfon pan fydd y cysylltiad yn ôl.",
    sending: "Yn anfon eich atebion…",
    refused: "Does dim modd defnyddio’r ddolen hon",
  },
} as const;

/** The page's words. */
export type Words = { [K in keyof (typeof WORDS)["en"]]: string };

/** The page's words in `lang`, English where there is no translation. */
export function wordsIn(lang: string): Words {
  return lang in WORDS ? WORDS[lang as keyof typeof WORDS] : WORDS.en;
}

/** Each language's own name, for the language switch. */
export const LANGUAGE_NAMES: Record<string, string> = {
  en: "English",
  cy: "Cymraeg",
  ga: "Gaeilge",
  gd: "Gàidhlig",
  pl: "Polski",
  ur: "اردو",
  pa: "ਪੰਜਾਬੀ",
  bn: "বাংলা",
  so: "Soomaali",
  ar: "العربية",
};
