import { useEffect, useState } from "react";
import type { MemberAnswering, ResponseRecorded } from "../../../../src/shared/health-views.ts";
import type { Instrument } from "../../../../src/shared/instruments.ts";
import type { Problem } from "../../../../src/shared/problems.ts";
import { ApiError, apiFetch } from "../../api.ts";
import { useFetch } from "../../hooks/useFetch.ts";
import { formatDate } from "../../lib/format.ts";

type Answering = MemberAnswering;

const DONT_KNOW = "skip";

/** One question as a radio group: the scale's points with their labels, then "Don't know". */
function Question(props: {
  name: string;
  legend: string;
  instrument: Instrument;
  value: string | undefined;
  problem: string | undefined;
  onChange: (value: string) => void;
}) {
  const { min, max, labels } = props.instrument.scale;
  const points = Array.from({ length: max - min + 1 }, (_, k) => String(min + k));
  const options = [
    ...points.map((v) => [v, labels[v] ? `${v} – ${labels[v]}` : v]),
    [DONT_KNOW, "Don’t know"],
  ];
  const errorId = `${props.name}-error`;
  return (
    <fieldset className="sc-fieldset" aria-describedby={props.problem ? errorId : undefined}>
      <legend>{props.legend}</legend>
      {props.problem && (
        <p className="notice notice-error" id={errorId}>
          {props.problem}
        </p>
      )}
      {options.map(([value, label]) => (
        <label key={value} className="sc-check">
          <input
            type="radio"
            name={props.name}
            value={value}
            checked={props.value === value}
            onChange={() => props.onChange(value!)}
          />
          {label}
        </label>
      ))}
    </fieldset>
  );
}

/**
 * For a signed-in member tied to a partner organisation: answer the assessment for that
 * organisation in an open wave (no name is stored, only the organisation). Nothing is shown to
 * members who speak for no partner of it.
 */
export function MemberAnswerForm(props: {
  workspace: string;
  id: string;
  /** Changes when the assessment changed elsewhere on the page (a wave closed, an answer came). */
  refresh: number;
  onAnswered: () => void;
}) {
  const base = `/workspaces/${props.workspace}/assessments/${props.id}`;
  const { data, reload } = useFetch<Answering>(`${base}/answering`);
  // biome-ignore lint/correctness/useExhaustiveDependencies: refresh is the signal to read again
  useEffect(() => reload(), [props.refresh, reload]);
  const [values, setValues] = useState<Record<string, string>>({});
  const [problems, setProblems] = useState<Problem[]>([]);
  const [done, setDone] = useState<string | null>(null);
  if (!data?.organisation || data.openWaves.length === 0) return null;
  const ins = data.instrument;
  const wave = data.openWaves[0]!;
  const others = data.partners.filter((p) => p.id !== data.organisation);
  const handleSubmit = async (event: React.FormEvent) => {
    event.preventDefault();
    const answers = Object.fromEntries(
      ins.items.flatMap((i) =>
        values[i.id] === undefined
          ? []
          : [[i.id, values[i.id] === DONT_KNOW ? null : Number(values[i.id])]],
      ),
    );
    const ratings = Object.fromEntries(
      others.flatMap((p) => {
        const v = values[`rate-${p.id}`];
        return v === undefined || v === DONT_KNOW ? [] : [[p.id, Number(v)]];
      }),
    );
    try {
      const res = await apiFetch<ResponseRecorded>(`${base}/responses`, {
        method: "POST",
        body: { wave: wave.id, answers, ...(ins.kind === "pairwise" ? { ratings } : {}) },
      });
      setProblems([]);
      setValues({});
      setDone(`Recorded. ${res.responses} from your organisation in this wave so far.`);
      props.onAnswered();
    } catch (cause) {
      setDone(null);
      setProblems(
        cause instanceof ApiError ? cause.problems : [{ path: "$", message: String(cause) }],
      );
    }
  };
  const problemAt = (path: string) => problems.find((p) => p.path === path)?.message;
  const set = (name: string) => (value: string) => setValues((v) => ({ ...v, [name]: value }));
  return (
    <section aria-labelledby="member-answer-title">
      <h3 id="member-answer-title">Answer for {data.organisationName ?? data.organisation}</h3>
      <p className="muted">
        Wave of {formatDate(wave.date)}. Only your organisation is recorded with your answers, never
        your name.
      </p>
      <form
        onSubmit={handleSubmit}
        aria-label={`Answer for ${data.organisationName ?? data.organisation}`}
      >
        {problems.length > 0 && (
          <p className="notice notice-error" role="alert">
            Nothing was recorded: {problems.map((p) => p.message).join("; ")}
          </p>
        )}
        {ins.items.map((i) => (
          <Question
            key={i.id}
            name={i.id}
            legend={i.text}
            instrument={ins}
            value={values[i.id]}
            problem={problemAt(`$.answers.${i.id}`)}
            onChange={set(i.id)}
          />
        ))}
        {ins.kind === "pairwise" &&
          others.map((p) => (
            <Question
              key={p.id}
              name={`rate-${p.id}`}
              legend={`How closely do you work with ${p.name ?? p.id}?`}
              instrument={ins}
              value={values[`rate-${p.id}`]}
              problem={problemAt(`$.ratings.${p.id}`)}
              onChange={set(`rate-${p.id}`)}
            />
          ))}
        <button type="submit" className="button primary">
          Send my answers
        </button>
        {done && <p role="status">{done}</p>}
      </form>
    </section>
  );
}
