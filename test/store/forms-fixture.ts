/** A small bilingual (English and Welsh) easy-read form for tests, tied to indicator 'confidence'. */
export const TEST_FORM = {
  id: "f-navigators",
  framework: "fw",
  languages: ["en", "cy"],
  easyRead: true,
  title: { en: "How are things for you?", cy: "Sut mae pethau i chi?" },
  intro: { en: "A few questions about the service.", cy: "Ychydig o gwestiynau am y gwasanaeth." },
  consent: {
    text: {
      en: "I agree that my answers are used.",
      cy: "Rwy’n cytuno i’m hatebion gael eu defnyddio.",
    },
    easyRead: { en: "We can use your answers.", cy: "Gallwn ddefnyddio eich atebion." },
  },
  questions: [
    {
      id: "confidence",
      kind: "scale",
      required: true,
      indicator: "confidence",
      text: {
        en: "How confident are you about where to go?",
        cy: "Pa mor hyderus ydych chi am ble i fynd?",
      },
      easyRead: { en: "Do you know where to go?", cy: "Ydych chi’n gwybod ble i fynd?" },
      scale: { min: 1, max: 5 },
    },
    {
      id: "services",
      kind: "multiple_choice",
      text: { en: "Which services helped?", cy: "Pa wasanaethau a helpodd?" },
      easyRead: { en: "Who helped you?", cy: "Pwy wnaeth eich helpu?" },
      options: [
        { value: "gp", label: { en: "GP", cy: "Meddyg teulu" } },
        { value: "housing", label: { en: "Housing", cy: "Tai" } },
      ],
    },
    {
      id: "visits",
      kind: "number",
      text: { en: "How many visits?", cy: "Sawl ymweliad?" },
      easyRead: { en: "How many times did you come?", cy: "Sawl gwaith daethoch chi?" },
      range: { min: 0 },
    },
    {
      id: "first",
      kind: "date",
      text: { en: "When did you first come?", cy: "Pryd daethoch chi gyntaf?" },
      easyRead: { en: "What day did you first come?", cy: "Pa ddiwrnod daethoch chi gyntaf?" },
    },
    {
      id: "helped",
      kind: "single_choice",
      text: { en: "Did the navigator help?", cy: "A wnaeth y llywiwr helpu?" },
      easyRead: { en: "Did we help?", cy: "Wnaethon ni helpu?" },
      options: [
        { value: "yes", label: { en: "Yes", cy: "Do" }, score: 1 },
        { value: "no", label: { en: "No", cy: "Naddo" }, score: 0 },
      ],
    },
    {
      id: "story",
      kind: "text",
      text: { en: "Tell us more", cy: "Dywedwch fwy wrthym" },
      easyRead: { en: "Anything else?", cy: "Unrhyw beth arall?" },
    },
  ],
};

/** The framework the form belongs to: one outcome with the indicator 'confidence'. */
export const TEST_FRAMEWORK = {
  id: "fw",
  title: "Navigator outcomes",
  partnership: "p-consortium",
  involvement: "consult",
  evidence: [],
  outcomes: [
    {
      id: "o-confidence",
      title: "People know where to go",
      setBy: "users",
      indicators: [
        { id: "confidence", name: "Confidence", unit: "score 1–5", direction: "higher_is_better" },
      ],
    },
  ],
};
