import { CONTINUUM_STAGES, STAGE_LABELS } from "../../../../src/shared/index.ts";
import type { DraftOption } from "../../lib/appraisal-editor.ts";

/** The continuum 0–7 with the options placed on it, each a link to its editor, and 'add here'. */
export function ContinuumWalk(props: { options: DraftOption[]; onAdd: (stage: number) => void }) {
  return (
    <ol className="continuum-walk">
      {CONTINUUM_STAGES.map((s) => {
        const here = props.options.map((o, i) => ({ o, i })).filter(({ o }) => o.stage === s);
        return (
          <li key={s}>
            <strong>
              {s} · {STAGE_LABELS[s]}
            </strong>
            {here.map(({ o, i }) => (
              <a key={i} href={`#option-${i}-heading`} className="tag">
                {o.name || o.id}
              </a>
            ))}
            <button type="button" className="link-button" onClick={() => props.onAdd(s)}>
              Add an option here
            </button>
          </li>
        );
      })}
    </ol>
  );
}
