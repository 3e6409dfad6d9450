/**
 * The index of the first item for which `before` is false, in an array where `before` holds
 * for a prefix and fails for the rest (binary search).
 */
export function partitionPoint<T>(items: readonly T[], before: (item: T) => boolean): number {
  return partitionIndex(items.length, (i) => before(items[i]));
}

/** `partitionPoint` over the indices `0..length-1`, for data kept in parallel arrays. */
export function partitionIndex(length: number, before: (index: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The index of the first element greater than `value` in an ascending array. */
export function upperBound(sorted: readonly number[], value: number): number {
  return partitionPoint(sorted, (x) => x <= value);
}
