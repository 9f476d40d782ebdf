import { createHash } from 'node:crypto';

const ID_NAMESPACE = 'jambi-abh-demo';

/**
 * A deterministic UUID for the n-th demo record of a kind, so the three databases seed the same ids and a reset
 * keeps every link (and every bookmarked URL) valid.
 */
export function demoId(kind: string, n: number): string {
  const bytes = createHash('sha1').update(`${ID_NAMESPACE}:${kind}:${n}`).digest().subarray(0, 16);
  // Version 5 (name-based, SHA-1) and the RFC 4122 variant, so strict UUID validators accept the ids.
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** A 32-bit seed derived from a label, so each part of the world draws from its own independent stream. */
export function seedFrom(label: string): number {
  return createHash('sha1').update(`${ID_NAMESPACE}:seed:${label}`).digest().readUInt32BE(0);
}

/** A small seeded pseudo-random source; not for anything secret. */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** One element of a non-empty array. */
  pick<T>(items: readonly T[]): T;
  /** True with probability p. */
  chance(p: number): boolean;
  /** A shuffled copy of the array (Fisher-Yates). */
  shuffle<T>(items: readonly T[]): T[];
}

/** One of the values, drawn with the probability of its weight among all the weights (non-empty entries). */
export function pickWeighted<T>(rng: Random, entries: readonly (readonly [T, number])[]): T {
  const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = rng.next() * total;
  for (const [value, weight] of entries) {
    roll -= weight;
    if (roll < 0) return value;
  }
  return entries[entries.length - 1]![0];
}

/** A mulberry32 pseudo-random generator: tiny, fast and identical on every platform for the same seed. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => {
    if (max < min) throw new RangeError(`int(${min}, ${max}): max is below min`);
    return min + Math.floor(next() * (max - min + 1));
  };
  return {
    next,
    int,
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new RangeError('pick() needs a non-empty array');
      return items[int(0, items.length - 1)] as T;
    },
    chance(p: number): boolean {
      return next() < p;
    },
    shuffle<T>(items: readonly T[]): T[] {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i -= 1) {
        const j = int(0, i);
        [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
      }
      return copy;
    },
  };
}
