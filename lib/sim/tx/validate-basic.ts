import { fromBech32 } from "@cosmjs/encoding";
import { SdkError, sdk } from "../errors";
import type { DecodedTx } from "./decode";
import { validateClMsg } from "../modules/osmosis/cl-module";
import { validateGammMsg } from "../modules/osmosis/gamm-module";
import { plainError } from "../modules/osmosis/osmosis-errors";

/**
 * The stateless checks a Cosmos SDK 0.50 node runs on every transaction before (or as the first
 * steps of) its ante handler, as the MilkyWay chain's SDK fork has them
 * (milkyway-labs/cosmos-sdk v0.50.13-milkyway-1, branch milkyway/v0.50.x). A failure here is a
 * CheckTx refusal, and in a block a failed tx with no fee charged and no state change.
 *
 * Order, as baseapp.runTx and the default ante chain (x/auth/ante/ante.go:41-54) run them:
 *   1. msg ValidateBasic for messages that still implement it (baseapp/baseapp.go:614-631,
 *      called from runTx before the ante handler);
 *   2. tx ValidateBasic (ValidateBasicDecorator → x/auth/tx/builder.go:88-111 →
 *      types/tx/types.go:40-95);
 *   3. TxTimeoutHeightDecorator (x/auth/ante/basic.go:203-217);
 *   4. DeductFeeDecorator's granter and fee-validity checks (x/auth/ante/fee.go:89-93, 130-133).
 */

/** SDK 0.50 `MaxGasWanted` (types/tx/types.go): 2^63 - 1. */
const MAX_GAS_WANTED = (1n << 63n) - 1n;

interface ProtoCoin {
  denom: string;
  amount: string;
}

/** types/coin.go:838 DefaultCoinDenomRegex. */
const DENOM = /^[a-zA-Z][a-zA-Z0-9/:._-]{2,127}$/;

function amountOf(c: ProtoCoin): bigint {
  // math.Int accepts a sign; anything else fails to unmarshal, i.e. the tx does not decode.
  if (!/^-?\d+$/.test(c.amount)) throw sdk.txDecode(`invalid coin amount "${c.amount}"`);
  return BigInt(c.amount);
}

/** sdk.Coin String(): amount then denom. */
export const coinString = (c: ProtoCoin) => `${amountOf(c)}${c.denom}`;
/** sdk.Coins String(): comma-separated, "" when empty. */
export const coinsString = (cs: ReadonlyArray<ProtoCoin>) => cs.map(coinString).join(",");

/**
 * sdk.Coins.Validate (types/coin.go:233-275): null when valid, else its error text. Note its
 * quirk: past the first coin, a non-positive amount names only the denom.
 */
export function validateCoins(coins: ReadonlyArray<ProtoCoin>): string | null {
  if (coins.length === 0) return null;
  const first = coins[0];
  if (!DENOM.test(first.denom)) return `invalid denom: ${first.denom}`;
  if (amountOf(first) <= 0n) return `coin ${coinString(first)} amount is not positive`;
  let low = first.denom;
  for (const c of coins.slice(1)) {
    if (!DENOM.test(c.denom)) return `invalid denom: ${c.denom}`;
    if (c.denom < low) return `denomination ${c.denom} is not sorted`;
    if (c.denom === low) return `duplicate denomination ${c.denom}`;
    if (amountOf(c) <= 0n) return `coin ${c.denom} amount is not positive`;
    low = c.denom;
  }
  return null;
}

/** sdk.Coin.Validate (types/coin.go:45-60): a valid denom and a non-negative amount. */
function validateCoin(c: ProtoCoin): string | null {
  if (!DENOM.test(c.denom)) return `invalid denom: ${c.denom}`;
  if (amountOf(c) < 0n) return `negative coin amount: ${amountOf(c)}`;
  return null;
}

/** ibc-go v8 core errors (codespace "ibc"). */
const ibcErr = {
  insufficientFunds: (m: string) => new SdkError("ibc", 3, `${m}: insufficient funds`),
  invalidCoins: (m: string) => new SdkError("ibc", 6, `${m}: invalid coins`),
};

/**
 * ValidateBasic of the messages the simulator routes that still have one in an SDK 0.50 app.
 * bank, staking, distribution and gov v1 messages have none in 0.50 (their checks moved into the
 * msg servers and fail in execution, fee charged); wasmd and ibc-go messages keep theirs.
 */
function validateMsg(typeUrl: string, value: any): void {
  switch (typeUrl) {
    case "/cosmwasm.wasm.v1.MsgExecuteContract": {
      // wasmd x/wasm/types/tx.go MsgExecuteContract.ValidateBasic
      if (validateCoins(value.funds) !== null) throw sdk.invalidCoins("sentFunds");
      let json = true;
      try {
        JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(value.msg));
      } catch {
        json = false;
      }
      // RawContractMessage.ValidateBasic: json.Valid, else wasm ErrInvalid (code 14).
      if (!json) throw new SdkError("wasm", 14, "payload msg: invalid");
      return;
    }
    case "/ibc.applications.transfer.v1.MsgTransfer": {
      // ibc-go v8 modules/apps/transfer/types/msgs.go MsgTransfer.ValidateBasic
      const token: ProtoCoin = value.token ?? { denom: "", amount: "0" };
      if (validateCoin(token) !== null) throw ibcErr.invalidCoins(coinString(token));
      if (amountOf(token) <= 0n) throw ibcErr.insufficientFunds(coinString(token));
      return;
    }
    // milkyway v12 x/restaking/types/messages.go:192-303, 343-456: an invalid or zero amount
    // (and a zero target id) is an invalid request, refused before the ante handler.
    case "/milkyway.restaking.v1.MsgDelegatePool":
    case "/milkyway.restaking.v1.MsgUndelegatePool": {
      const c: ProtoCoin = value.amount ?? { denom: "", amount: "0" };
      if (validateCoin(c) !== null || amountOf(c) === 0n) throw sdk.invalidRequest("invalid amount");
      return;
    }
    case "/milkyway.restaking.v1.MsgDelegateOperator":
    case "/milkyway.restaking.v1.MsgUndelegateOperator":
    case "/milkyway.restaking.v1.MsgDelegateService":
    case "/milkyway.restaking.v1.MsgUndelegateService": {
      const isOperator = typeUrl.endsWith("Operator");
      if ((isOperator ? value.operatorId : value.serviceId) === 0) {
        throw sdk.invalidRequest(isOperator ? "invalid operator id" : "invalid service id");
      }
      const coins: ProtoCoin[] = value.amount ?? [];
      // Coins.IsZero: true for no coins or all zero.
      if (validateCoins(coins) !== null || coins.every((c) => amountOf(c) === 0n)) throw sdk.invalidRequest("invalid amount");
      return;
    }
    // osmosis v31 x/poolmanager/types/msgs.go: routes (non-empty, valid denoms), a positive
    // token in/out, a positive min out / max in. Unregistered errors: codespace "undefined".
    case "/osmosis.poolmanager.v1beta1.MsgSwapExactAmountIn":
    case "/osmosis.poolmanager.v1beta1.MsgSwapExactAmountOut": {
      const exactIn = typeUrl.endsWith("In");
      const routes: Array<{ tokenOutDenom?: string; tokenInDenom?: string }> = value.routes ?? [];
      if (routes.length === 0) throw plainError("provided empty routes");
      for (const r of routes) {
        const d = (exactIn ? r.tokenOutDenom : r.tokenInDenom) ?? "";
        if (!DENOM.test(d)) throw plainError(`invalid denom: ${d}`);
      }
      const c: ProtoCoin = (exactIn ? value.tokenIn : value.tokenOut) ?? { denom: "", amount: "0" };
      if (validateCoin(c) !== null || amountOf(c) <= 0n) throw sdk.invalidCoins(coinString(c));
      const bound: string = (exactIn ? value.tokenOutMinAmount : value.tokenInMaxAmount) || "0";
      if (!/^-?\d+$/.test(bound)) throw sdk.txDecode(`invalid integer "${bound}"`);
      if (BigInt(bound) <= 0n) throw plainError(`min out amount or max in amount should be positive, was (${BigInt(bound)})`);
      return;
    }
    default:
      validateClMsg(typeUrl, value, validateCoins);
      validateGammMsg(typeUrl, value, validateCoins);
      return;
  }
}

/** baseapp.validateBasicTxMsgs (baseapp/baseapp.go:614-631). */
export function validateBasicMsgs(tx: DecodedTx): void {
  if (tx.msgs.length === 0) throw sdk.invalidRequest("must contain at least one message");
  for (const m of tx.msgs) validateMsg(m.typeUrl, m.value);
}

/**
 * tx ValidateBasic (types/tx/types.go:40-95) and the wrapper's signer count
 * (x/auth/tx/builder.go:97-108). The signers include the fee payer (types/tx/types.go:97-136),
 * so a fee payer that does not sign fails here with "wrong number of signers".
 */
export function validateBasicTx(tx: DecodedTx): void {
  const fee = tx.authInfo.fee;
  if (!fee) throw new SdkError("sdk", 1, "missing fee");
  if (fee.gasLimit > MAX_GAS_WANTED) throw sdk.invalidRequest(`invalid gas supplied; ${fee.gasLimit} > ${MAX_GAS_WANTED}`);
  if (fee.amount.some((c) => amountOf(c) < 0n)) throw sdk.insufficientFee(`invalid fee provided: ${coinsString(fee.amount)}`);
  if (fee.payer) {
    try {
      fromBech32(fee.payer);
    } catch (e) {
      throw sdk.invalidAddress(`Invalid fee payer address (decoding bech32 failed: ${(e as Error).message})`);
    }
  }
  if (tx.raw.signatures.length === 0) throw new SdkError("sdk", 15, "no signatures supplied");
  if (tx.raw.signatures.length !== tx.signers.length) {
    throw sdk.unauthorized(`wrong number of signers; expected ${tx.signers.length}, got ${tx.raw.signatures.length}`);
  }
}

/** TxTimeoutHeightDecorator (x/auth/ante/basic.go:203-217), ErrTxTimeoutHeight = 30. */
export function checkTimeoutHeight(tx: DecodedTx, blockHeight: number): void {
  const timeout = tx.body.timeoutHeight;
  if (timeout > 0n && BigInt(blockHeight) > timeout) {
    throw new SdkError("sdk", 30, `block height: ${blockHeight}, timeout height: ${timeout}: tx timeout height`);
  }
}

/**
 * DeductFeeDecorator.checkDeductFee (x/auth/ante/fee.go:89-93): the simulated chains run without
 * x/feegrant (a nil feegrant keeper), so any granter is refused. Then DeductFees
 * (fee.go:130-133) refuses a non-zero fee that is not a valid sdk.Coins.
 */
export function checkFeeGranterAndCoins(tx: DecodedTx): void {
  const fee = tx.authInfo.fee;
  if (!fee) return;
  if (fee.granter) throw sdk.invalidRequest("fee grants are not enabled");
  const nonZero = fee.amount.some((c) => amountOf(c) !== 0n);
  if (nonZero && validateCoins(fee.amount) !== null) {
    throw sdk.insufficientFee(`invalid fee amount: ${coinsString(fee.amount)}`);
  }
}

/** All of the above, in the SDK's order; `blockHeight` is the height the tx is checked at. */
export function validateBasic(tx: DecodedTx, blockHeight: number): void {
  validateBasicMsgs(tx);
  // ValidateBasicDecorator runs in simulate mode too (only ReCheckTx skips it).
  validateBasicTx(tx);
  checkTimeoutHeight(tx, blockHeight);
  checkFeeGranterAndCoins(tx);
}
