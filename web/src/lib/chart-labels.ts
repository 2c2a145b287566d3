/** Placing chart labels so that none is cut at the chart's edge or printed over another. */

/**
 * A generous estimate of a label's width in SVG units (average glyph ≈ 0.62 em in the app's
 * sans-serif), so that placement errs towards more room, never less.
 */
export function labelWidth(text: string, fontSize: number): number {
  return text.length * fontSize * 0.62;
}

/** Where one label goes: its x, its anchor and its row (0 = first row). */
export interface PlacedLabel {
  x: number;
  anchor: "start" | "end";
  row: number;
}

/**
 * Places labels that each point at an x: right of the point when they fit before `right`,
 * otherwise left of it (ending at the point), and each on the first row where it clears the
 * labels already there by `gap`.
 */
export function placeLabels(
  items: readonly { x: number; text: string }[],
  options: { fontSize: number; left: number; right: number; gap?: number; offset?: number },
): PlacedLabel[] {
  const { fontSize, left, right, gap = 6, offset = 3 } = options;
  const rows: { from: number; to: number }[][] = [];
  return items.map(({ x, text }) => {
    const width = labelWidth(text, fontSize);
    const fitsRight = x + offset + width <= right || x - offset - width < left;
    const from = fitsRight ? Math.min(x + offset, right - width) : x - offset - width;
    const to = from + width;
    let row = rows.findIndex((taken) =>
      taken.every((t) => to + gap <= t.from || from >= t.to + gap),
    );
    if (row === -1) row = rows.push([]) - 1;
    rows[row]!.push({ from, to });
    return fitsRight ? { x: from, anchor: "start", row } : { x: x - offset, anchor: "end", row };
  });
}

/** How many rows a set of placed labels uses. */
export function rowsOf(placed: readonly PlacedLabel[]): number {
  return placed.reduce((most, p) => Math.max(most, p.row + 1), 0);
}

/** Splits a label into lines of at most `maxChars` characters at spaces (a longer word stays whole). */
export function wrapLabel(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > maxChars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.length ? lines : [""];
}

/** A centred tick label's anchor, moved to start or end where centring would cut it at an edge. */
export function tickAnchor(
  x: number,
  text: string,
  options: { fontSize: number; left: number; right: number },
): "start" | "middle" | "end" {
  const half = labelWidth(text, options.fontSize) / 2;
  if (x - half < options.left) return "start";
  return x + half > options.right ? "end" : "middle";
}

/** Which of a run of centred axis labels to show so that none overlaps the one before (greedy). */
export function spacedLabels(
  items: readonly { x: number; text: string }[],
  fontSize: number,
  gap = 6,
): boolean[] {
  let end = Number.NEGATIVE_INFINITY;
  return items.map(({ x, text }) => {
    const half = labelWidth(text, fontSize) / 2;
    if (x - half < end + gap) return false;
    end = x + half;
    return true;
  });
}
