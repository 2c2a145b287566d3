/** One assessment's contribution to a comparison: its group and latest shown dimension means. */
export interface CompareItem {
  group: string;
  respondents: number;
  dimensions: Record<string, number | null>;
}

/** A group of partnerships (by origin, form or stage): how many, and the mean of their means. */
export interface CompareGroup {
  group: string;
  assessments: number;
  respondents: number;
  dimensions: { id: string; mean: number | null; n: number }[];
}

/**
 * Groups assessments and averages, per dimension, the assessments' own means (each partnership
 * counts once, however many answered); a dimension withheld from an assessment is left out.
 * @example compareAcross([{ group: "mandated", respondents: 6, dimensions: { trust: 2 } }], ["trust"])[0].dimensions[0].mean // 2
 */
export function compareAcross(
  items: readonly CompareItem[],
  dimensions: readonly string[],
): CompareGroup[] {
  const groups = [...new Set(items.map((i) => i.group))].sort();
  return groups.map((group) => {
    const members = items.filter((i) => i.group === group);
    return {
      group,
      assessments: members.length,
      respondents: members.reduce((s, i) => s + i.respondents, 0),
      dimensions: dimensions.map((id) => {
        const values = members.flatMap((i) => {
          const v = i.dimensions[id];
          return v === null || v === undefined ? [] : [v];
        });
        const mean = values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;
        return { id, mean, n: values.length };
      }),
    };
  });
}
