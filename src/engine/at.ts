/**
 * Returns `items[index]`, or throws a RangeError naming `what` when the index is outside the list.
 * For look-ups whose index comes from elsewhere (a pair's group, a provider's position): a miss there
 * is a broken invariant that should stop the run with a clear message, never become `undefined` → NaN.
 */
export function at<T>(items: ArrayLike<T>, index: number, what: string): T {
  const item = items[index];
  if (item === undefined) {
    const range = items.length === 0 ? "there are none" : `0–${items.length - 1}`;
    throw new RangeError(`${what} ${index} is out of range (${range})`);
  }
  return item;
}
