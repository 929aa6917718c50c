/**
 * `memoize(limit, compute)` → a function that computes each key's value once and then hands back the
 * same value, for pure functions asked the same question many times in one build (a word folded, a
 * text's names or terms, a sentence tagged). It keeps at most `limit` values and starts afresh when
 * full, so a long-running process (`astro dev`, a tool over many archives) never grows without bound.
 * The values are shared: whoever gets one must not change it.
 */
export function memoize<K, V>(limit: number, compute: (key: K) => V): (key: K) => V {
  const values = new Map<K, V>();
  return (key) => {
    if (values.has(key)) return values.get(key) as V;
    const value = compute(key);
    if (values.size >= limit) values.clear();
    values.set(key, value);
    return value;
  };
}
