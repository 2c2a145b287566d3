/** A labelled number input: empty means 'not given' (undefined), with its error beside it. */
export function NumberField(props: {
  id: string;
  label: string;
  value: number | undefined;
  onChange: (value: number | undefined) => void;
  error?: string | undefined;
  /** The path its errors are reported at, so the error summary can link here. */
  errorPath?: string;
  step?: number;
  min?: number;
  max?: number;
}) {
  const { id, error } = props;
  return (
    <div className={error ? "field field-invalid" : "field"}>
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        data-error-path={props.errorPath}
        type="number"
        inputMode="decimal"
        step={props.step ?? "any"}
        min={props.min}
        max={props.max}
        value={props.value === undefined || Number.isNaN(props.value) ? "" : props.value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => props.onChange(e.target.value === "" ? undefined : Number(e.target.value))}
      />
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {props.label}: {error}
        </p>
      )}
    </div>
  );
}
