/**
 * Seeded randomness for the national data set: a small fast generator (sfc32) per named stream,
 * and ids hashed from (seed, table tag, row keys), so any table can refer to another's rows without
 * reading ids back and reruns with the same seed give the same ids. Never Math.random.
 */

/** The first four hex digits of every generated id: how a database is known to hold national data. */
export const ID_MARK = '5eed';
/** Bounds of the ids that carry the mark, for range queries on uuid columns. */
export const ID_RANGE = {
  from: `${ID_MARK}0000-0000-0000-0000-000000000000`,
  to: `${(Number.parseInt(ID_MARK, 16) + 1).toString(16).padStart(4, '0')}0000-0000-0000-0000-000000000000`,
} as const;

function mix(h: number, k: number): number {
  let x = Math.imul(k | 0, 0xcc9e2d51);
  x = (x << 15) | (x >>> 17);
  x = Math.imul(x, 0x1b873593);
  let y = h ^ x;
  y = (y << 13) | (y >>> 19);
  return (Math.imul(y, 5) + 0xe6546b64) | 0;
}

function finish(h: number): number {
  let x = h ^ (h >>> 16);
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

/** A 32-bit hash of a text (the stream's or table's name). */
export function hashText(text: string): number {
  let h = 0x9747b28c;
  for (let i = 0; i < text.length; i++) h = mix(h, text.charCodeAt(i));
  return finish(h ^ text.length);
}

/** A 32-bit hash of whole numbers; `lane` gives independent hashes of the same keys. */
export function hashInts(seed: number, lane: number, keys: readonly number[]): number {
  let h = mix(seed | 0, lane);
  for (const k of keys) {
    h = mix(h, k);
    // Keys above 2^32 (timestamps) keep their high part too.
    if (k > 0xffffffff || k < 0) h = mix(h, Math.floor(k / 0x100000000));
  }
  return finish(h ^ keys.length);
}

const hex8 = (n: number) => n.toString(16).padStart(8, '0');

/** A version-4-shaped uuid from (seed, a two-hex-digit table tag, the row's keys). */
export function idFor(seed: number, tag: string, ...keys: number[]): string {
  const t = Number.parseInt(tag, 16);
  const a = hex8(hashInts(seed, t * 4 + 1, keys));
  const b = hex8(hashInts(seed, t * 4 + 2, keys));
  const c = hashInts(seed, t * 4 + 3, keys);
  const d = hex8(hashInts(seed, t * 4 + 4, keys));
  const variant = (8 + (c >>> 30)).toString(16);
  const ch = hex8(c);
  return `${ID_MARK}${tag}${a.slice(0, 2)}-${b.slice(0, 4)}-4${b.slice(4, 7)}-${variant}${ch.slice(0, 3)}-${ch.slice(3, 8)}${d.slice(0, 7)}`;
}

/** A number in [0, 1) from (seed, stream, keys) without any generator state: the same keys, the same number. */
export function chanceOf(seed: number, stream: number, ...keys: number[]): number {
  return hashInts(seed, stream, keys) / 0x100000000;
}

/** A seeded generator (sfc32) for one named stream. */
export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number, stream: string, ...keys: number[]) {
    const s = hashText(stream);
    this.a = hashInts(seed, s, keys);
    this.b = hashInts(seed, s ^ 0x5bd1e995, keys);
    this.c = hashInts(seed, s ^ 0x27d4eb2f, keys);
    this.d = 1;
    for (let i = 0; i < 12; i++) this.next();
  }

  /** [0, 1). */
  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return (t >>> 0) / 0x100000000;
  }

  /** A whole number from `min` to `max`, both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** One of the items, with probability proportional to its weight. */
  weighted<T>(items: ReadonlyArray<readonly [T, number]>): T {
    // Index loops: this runs millions of times while planning.
    let total = 0;
    for (let i = 0; i < items.length; i++) total += (items[i] as readonly [T, number])[1];
    let r = this.next() * total;
    for (let i = 0; i < items.length; i++) {
      const entry = items[i] as readonly [T, number];
      r -= entry[1];
      if (r < 0) return entry[0];
    }
    const last = items[items.length - 1];
    if (!last) throw new Error('weighted pick from an empty list');
    return last[0];
  }

  /** Up to `k` distinct items, in the order drawn. */
  sample<T>(items: readonly T[], k: number): T[] {
    const copy = [...items];
    const n = Math.min(k, copy.length);
    for (let i = 0; i < n; i++) {
      const j = i + Math.floor(this.next() * (copy.length - i));
      [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
    }
    return copy.slice(0, n);
  }
}

/** Weighted picks from a fixed list, by binary search over cumulative weights (for long lists drawn from often). */
export class WeightedList<T> {
  private readonly items: T[] = [];
  private readonly cumulative: number[] = [];

  constructor(entries: Iterable<readonly [T, number]>) {
    let total = 0;
    for (const [item, w] of entries) {
      if (!(w > 0)) continue;
      total += w;
      this.items.push(item);
      this.cumulative.push(total);
    }
  }

  get size(): number {
    return this.items.length;
  }

  pick(rnd: Random): T {
    const total = this.cumulative[this.cumulative.length - 1];
    if (total === undefined) throw new Error('weighted pick from an empty list');
    const r = rnd.next() * total;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.cumulative[mid] as number) > r) hi = mid;
      else lo = mid + 1;
    }
    return this.items[lo] as T;
  }
}

/**
 * Whole-number shares of `total` in proportion to `weights` (highest averages, as in D'Hondt), with
 * an optional cap per item and a minimum per item. Ties go to the earlier item, so it is deterministic.
 */
export function apportion(
  total: number,
  weights: readonly number[],
  options: { cap?: number; min?: number } = {},
): number[] {
  const cap = options.cap ?? Number.POSITIVE_INFINITY;
  const min = Math.min(options.min ?? 0, cap);
  const seats = weights.map(() => min);
  let left = total - min * weights.length;
  if (left < 0) {
    // Not enough for the minimum everywhere: the heaviest items get one each.
    const order = weights.map((w, i) => [w, i] as const).sort((x, y) => y[0] - x[0] || x[1] - y[1]);
    const out = weights.map(() => 0);
    for (const [, i] of order.slice(0, total)) out[i] = 1;
    return out;
  }
  // A binary heap keyed on weight / (seats + 1).
  const heap: number[] = [];
  const key = (i: number) => (weights[i] ?? 0) / ((seats[i] ?? 0) + 1);
  const better = (x: number, y: number) => key(x) > key(y) || (key(x) === key(y) && x < y);
  const push = (i: number) => {
    heap.push(i);
    let c = heap.length - 1;
    while (c > 0) {
      const p = (c - 1) >> 1;
      if (!better(heap[c] as number, heap[p] as number)) break;
      [heap[c], heap[p]] = [heap[p] as number, heap[c] as number];
      c = p;
    }
  };
  const pop = (): number => {
    const top = heap[0] as number;
    const last = heap.pop() as number;
    if (heap.length > 0) {
      heap[0] = last;
      let p = 0;
      for (;;) {
        const l = 2 * p + 1;
        const r = l + 1;
        let m = p;
        if (l < heap.length && better(heap[l] as number, heap[m] as number)) m = l;
        if (r < heap.length && better(heap[r] as number, heap[m] as number)) m = r;
        if (m === p) break;
        [heap[p], heap[m]] = [heap[m] as number, heap[p] as number];
        p = m;
      }
    }
    return top;
  };
  weights.forEach((w, i) => {
    if (w > 0 && (seats[i] ?? 0) < cap) push(i);
  });
  while (left > 0 && heap.length > 0) {
    const i = pop();
    seats[i] = (seats[i] ?? 0) + 1;
    left--;
    if ((seats[i] ?? 0) < cap) push(i);
  }
  return seats;
}
