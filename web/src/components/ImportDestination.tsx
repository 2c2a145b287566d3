/** Where an import goes: the workspace on screen, or a new one named here (its address shown). */
export function ImportDestination(props: {
  workspace: string;
  /** Null: this workspace; text: the new workspace's name as typed. */
  newName: string | null;
  address: string;
  onChange: (newName: string | null) => void;
}) {
  const creating = props.newName !== null;
  return (
    <fieldset className="import-destination">
      <legend>Import into</legend>
      <label className="checkbox">
        <input
          type="radio"
          name="import-destination"
          checked={!creating}
          onChange={() => props.onChange(null)}
        />{" "}
        This workspace ({props.workspace})
      </label>
      <label className="checkbox">
        <input
          type="radio"
          name="import-destination"
          checked={creating}
          onChange={() => props.onChange("")}
        />{" "}
        A new workspace
      </label>
      {creating && (
        <div className="field">
          <label htmlFor="import-new-workspace">Name of the new workspace</label>
          <input
            id="import-new-workspace"
            type="text"
            value={props.newName ?? ""}
            aria-describedby="import-new-workspace-hint"
            onChange={(event) => props.onChange(event.target.value)}
          />
          <p className="field-hint" id="import-new-workspace-hint">
            Created by the import, with you as its owner; its pages will be at /w/{props.address}.
          </p>
        </div>
      )}
    </fieldset>
  );
}
