/** The targets for a route against the bare Next page measured in the same run. */
export const SCORE_WITHIN = 3;
export const TBT_RATIO_MAX = 1.5;

export interface LhRow {
  route: string;
  form: string;
  score: number;
  tbt: number;
}

export interface Comparison {
  route: string;
  form: string;
  /** route score − bare score (negative: worse than the bare page). */
  scoreDelta: number;
  /** route TBT ÷ bare TBT; null when the bare page had no blocking time to compare with. */
  tbtRatio: number | null;
  ok: boolean;
}

/**
 * Each route against the bare page of its form factor. With a bare TBT of 0 the ratio is
 * undefined; the route then passes the TBT target only with no more blocking than 50 ms, the
 * threshold below which Lighthouse itself counts none.
 */
export function compareToBare(rows: ReadonlyArray<LhRow>, bare: ReadonlyArray<LhRow>): Comparison[] {
  return rows.map((r) => {
    const b = bare.find((x) => x.form === r.form);
    if (!b) throw new Error(`no bare-page measurement for ${r.form}`);
    const scoreDelta = r.score - b.score;
    const tbtRatio = b.tbt > 0 ? r.tbt / b.tbt : null;
    const tbtOk = tbtRatio === null ? r.tbt <= 50 : tbtRatio <= TBT_RATIO_MAX;
    return { route: r.route, form: r.form, scoreDelta, tbtRatio, ok: scoreDelta >= -SCORE_WITHIN && tbtOk };
  });
}

export interface PairedComparison {
  route: string;
  form: string;
  /** Medians of each build's runs. */
  before: { score: number; tbt: number };
  after: { score: number; tbt: number };
  /** Median of the per-pair differences (after − before) of score and TBT. */
  scoreDelta: number;
  tbtDelta: number;
  /** Pairs the after build scored higher, lower, the same: how one-sided the median is. */
  wins: number;
  losses: number;
  ties: number;
  /** "No worse": the median paired score difference is not below zero. */
  noWorse: boolean;
}

/** The middle value; for an even count, the mean of the middle two. */
export const median = (xs: ReadonlyArray<number>) => {
  if (xs.length === 0) throw new Error("no runs to take a median of");
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/**
 * One route's runs of two builds taken in pairs (run i of each back to back, so the machine's
 * load at that moment weighs on both). The pairs' differences, not the two medians, decide: a
 * shared slow spell then cancels instead of landing on one side.
 */
export function comparePaired(
  route: string,
  form: string,
  pairs: ReadonlyArray<{ before: { score: number; tbt: number }; after: { score: number; tbt: number } }>,
): PairedComparison {
  const diffs = pairs.map((p) => p.after.score - p.before.score);
  const scoreDelta = median(diffs);
  return {
    route,
    form,
    before: { score: median(pairs.map((p) => p.before.score)), tbt: median(pairs.map((p) => p.before.tbt)) },
    after: { score: median(pairs.map((p) => p.after.score)), tbt: median(pairs.map((p) => p.after.tbt)) },
    scoreDelta,
    tbtDelta: median(pairs.map((p) => p.after.tbt - p.before.tbt)),
    wins: diffs.filter((d) => d > 0).length,
    losses: diffs.filter((d) => d < 0).length,
    ties: diffs.filter((d) => d === 0).length,
    noWorse: scoreDelta >= 0,
  };
}
