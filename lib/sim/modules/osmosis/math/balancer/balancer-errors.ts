/**
 * x/gamm error texts as the chain renders them: errorsmod.Wrapf(registered, msg) prints
 * "msg: registered text" (x/gamm/types/errors.go), so the app can match what a live chain says.
 */
export class GammError extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
    this.name = "GammError";
  }
}

const wrap = (code: number, registered: string) => (msg: string) => new GammError(code, `${msg}: ${registered}`);

export const gammErrors = {
  /** ErrLimitMaxAmount (6) */
  limitMaxAmount: wrap(6, "calculated amount is larger than max amount"),
  /** ErrLimitMinAmount (7) */
  limitMinAmount: wrap(7, "calculated amount is lesser than min amount"),
  /** ErrInvalidMathApprox (8) */
  invalidMathApprox: wrap(8, "invalid calculated result"),
  /** ErrDenomNotFoundInPool (11) */
  denomNotFoundInPool: wrap(11, "denom does not exist in pool"),
  /** ErrTooManyTokensOut (31) */
  tooManyTokensOut: wrap(31, "tx is trying to get more tokens out of the pool than exist"),
} as const;
