/**
 * Whether two short strings are within k edits (insert, delete, substitute, or swap of two
 * neighbouring letters: optimal string alignment). Bounded: it gives up as soon as every
 * alignment costs more than k, so checking a name against a bucket of candidates stays cheap.
 */
export function levenshteinWithin(a: string, b: string, k: number): boolean {
  if (a === b) return true;
  if (k <= 0 || Math.abs(a.length - b.length) > k) return false;
  const n = b.length;
  let prev2 = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let cur = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > k) return false;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[n]! <= k;
}
