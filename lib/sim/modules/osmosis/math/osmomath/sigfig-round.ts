/**
 * osmomath/sigfig_round.go SigFigRound: a Dec rounded to `tenToSigFig`'s number of significant
 * figures (half-even on the scaled value, then a truncating integer division), as gamm's
 * CalculateSpotPrice reports prices to 8 significant figures.
 */
import { DEC_SCALE, decRoundInt, type Dec } from "./legacy-dec";

const POINT_ONE: Dec = DEC_SCALE / 10n;

export function sigFigRound(d: Dec, tenToSigFig: bigint): Dec {
  if (d === 0n) return d;
  let k = 0n;
  let dTimesK = d;
  while (dTimesK < POINT_ONE) {
    dTimesK *= 10n;
    k += 1n;
  }
  const numerator = decRoundInt(dTimesK * tenToSigFig) * DEC_SCALE;
  return numerator / (tenToSigFig * 10n ** k);
}
