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
