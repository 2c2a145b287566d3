import { CONTINUUM_STAGES, STAGE_LABELS } from "../../../src/shared/index.ts";

/** The partnership continuum 0–7 drawn as a horizontal scale with the current stage highlighted. */
export function StageScale({ stage }: { stage: number }) {
  return (
    <figure className="stage-scale">
      <figcaption>
        Continuum stage {stage} of 7:{" "}
        <strong>{STAGE_LABELS[stage as keyof typeof STAGE_LABELS] ?? "unknown"}</strong>
        <span className="muted"> (0 = most autonomy, 7 = full merger)</span>
      </figcaption>
      <ol className="stage-steps">
        {CONTINUUM_STAGES.map((s) => (
          <li
            key={s}
            className={s === stage ? "stage-step stage-current" : "stage-step"}
            aria-current={s === stage ? "step" : undefined}
            data-stage={s}
          >
            <span className="stage-number">{s}</span>
            <span className="stage-label">{STAGE_LABELS[s]}</span>
          </li>
        ))}
      </ol>
    </figure>
  );
}

/** A compact badge naming a continuum stage, for tables. */
export function StageBadge({ stage }: { stage: number | null | undefined }) {
  if (stage === null || stage === undefined) return <span className="muted">—</span>;
  const label = STAGE_LABELS[stage as keyof typeof STAGE_LABELS] ?? "";
  return (
    <span className="stage-badge" title={label}>
      <span className="stage-badge-number">{stage}</span> {label}
    </span>
  );
}
