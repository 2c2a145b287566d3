/** Says why there is no 'run' button: running models is for analysts, editors and owners. */
export function RunNote() {
  return (
    <p className="muted">
      Analysts, editors and owners run this model; as a viewer you can read what is stored.
    </p>
  );
}
