/**
 * A small seeded PRNG (mulberry32). Math.random cannot be seeded, and the bench must produce byte-identical
 * archives for a seed so numbers from different runs compare like with like.
 */
export interface Random {
  /** Uniform float in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** `count` distinct items, in random order. */
  sample<T>(items: readonly T[], count: number): T[];
  /** Roughly normal (sum of uniforms), clamped to [min, max]. */
  normal(mean: number, spread: number, min: number, max: number): number;
  /** A new generator whose stream is independent of this one's future draws. */
  fork(label: string): Random;
}

function hashString(text: string): number {
  let hash = 2166136261;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 16777619);
  }
  return hash >>> 0;
}

export function createRandom(seed: number | string): Random {
  let state = typeof seed === 'number' ? seed >>> 0 : hashString(seed);
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const random: Random = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new Error('cannot pick from an empty list');
      return items[Math.floor(next() * items.length)] as T;
    },
    sample<T>(items: readonly T[], count: number): T[] {
      const copy = [...items];
      const size = Math.min(count, copy.length);
      for (let index = 0; index < size; index += 1) {
        const swap = index + Math.floor(next() * (copy.length - index));
        [copy[index], copy[swap]] = [copy[swap] as T, copy[index] as T];
      }
      return copy.slice(0, size);
    },
    normal: (mean, spread, min, max) => {
      const gauss = (next() + next() + next() + next() - 2) * Math.sqrt(3);
      return Math.min(max, Math.max(min, mean + gauss * spread));
    },
    fork: (label) => createRandom((hashString(label) ^ Math.floor(next() * 4294967296)) >>> 0),
  };
  return random;
}
