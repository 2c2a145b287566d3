/** One choice in a select: the identifier sent to the API and the label people read. */
export interface Option {
  value: string;
  label: string;
}

/** Turns a label record (identifier → label) into select options, in the record's order. */
export function optionsOf(labels: Record<string, string>): Option[] {
  return Object.entries(labels).map(([value, label]) => ({ value, label }));
}

/** The label for an identifier, falling back to the identifier itself. */
export function labelOf(labels: Record<string, string>, value: string | null | undefined): string {
  if (value === null || value === undefined) return "—";
  return labels[value] ?? value;
}
