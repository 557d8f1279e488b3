/**
 * Price paths for the market simulator: functions of simulated time (ms since the simulator
 * started). Deterministic: a random walk is fully determined by its seed.
 */

export type PricePath =
  /** A fixed price. */
  | { kind: "constant"; price: number }
  /** Geometric random walk: every `stepMs` the price moves by a uniform step of at most `stepBps`. */
  | { kind: "random-walk"; start: number; stepBps: number; stepMs: number; seed?: number }
  /** A recorded series `[msSinceStart, price]`, held between points (the first point's price before it). */
  | { kind: "replay"; points: ReadonlyArray<readonly [number, number]>; loop?: boolean }
  /** `from`, then `to` from `atMs` on. */
  | { kind: "step"; from: number; to: number; atMs: number }
  /** `from`, falling linearly by `dropPct` percent over `durationMs` starting at `atMs`, then flat. */
  | { kind: "crash"; from: number; dropPct: number; atMs: number; durationMs: number };

/** Default seed of random walks without their own. */
export const DEFAULT_WALK_SEED = 1;
/** Longest random walk evaluated, steps (beyond it the walk holds its last price). */
export const MAX_WALK_STEPS = 10_000_000;

/** mulberry32: a tiny, well-distributed 32-bit PRNG; same seed, same sequence. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function validatePath(path: PricePath): void {
  const positive = (n: number, what: string) => {
    if (!Number.isFinite(n) || n <= 0) throw new RangeError(`${path.kind} path: ${what} must be a positive finite number, got ${n}`);
  };
  switch (path.kind) {
    case "constant":
      positive(path.price, "price");
      break;
    case "random-walk":
      positive(path.start, "start");
      positive(path.stepMs, "stepMs");
      if (!(path.stepBps >= 0 && path.stepBps < 10_000)) throw new RangeError(`random-walk path: stepBps must be in [0, 10000), got ${path.stepBps}`);
      break;
    case "replay":
      if (path.points.length === 0) throw new RangeError("replay path needs at least one point");
      path.points.forEach(([t, p], i) => {
        if (!Number.isFinite(t) || (i > 0 && t < path.points[i - 1]![0])) throw new RangeError(`replay path: point ${i} time must be finite and non-decreasing`);
        positive(p, `point ${i} price`);
      });
      break;
    case "step":
      positive(path.from, "from");
      positive(path.to, "to");
      break;
    case "crash":
      positive(path.from, "from");
      positive(path.durationMs, "durationMs");
      if (!(path.dropPct > 0 && path.dropPct < 100)) throw new RangeError(`crash path: dropPct must be in (0, 100), got ${path.dropPct}`);
      break;
  }
}

/** A path compiled into a function of simulated time; random walks cache their steps. */
export function compilePath(path: PricePath): (tMs: number) => number {
  validatePath(path);
  switch (path.kind) {
    case "constant":
      return () => path.price;
    case "step":
      return (t) => (t >= path.atMs ? path.to : path.from);
    case "crash":
      return (t) => {
        if (t < path.atMs) return path.from;
        const progress = Math.min(1, (t - path.atMs) / path.durationMs);
        return path.from * (1 - (path.dropPct / 100) * progress);
      };
    case "replay": {
      const points = path.points;
      const span = points[points.length - 1]![0] - points[0]![0];
      return (t) => {
        let at = t;
        if (path.loop && span > 0 && t > points[points.length - 1]![0]) at = points[0]![0] + ((t - points[0]![0]) % span);
        let price = points[0]![1];
        for (const [pt, pp] of points) {
          if (pt > at) break;
          price = pp;
        }
        return price;
      };
    }
    case "random-walk": {
      const random = mulberry32(path.seed ?? DEFAULT_WALK_SEED);
      const prices = [path.start];
      return (t) => {
        const step = Math.min(MAX_WALK_STEPS, Math.max(0, Math.floor(t / path.stepMs)));
        while (prices.length <= step) {
          const move = (random() * 2 - 1) * (path.stepBps / 10_000);
          prices.push(prices[prices.length - 1]! * (1 + move));
        }
        return prices[step]!;
      };
    }
  }
}
