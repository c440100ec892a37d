/**
 * MsgCreateConcentratedPool (osmosis.concentratedliquidity.poolmodel.concentrated.v1beta1), as
 * osmosis v31 runs it: model/msgs.go ValidateBasic (before execution, and again as Validate in
 * the pool manager), poolmanager CreatePool (create_pool.go: the next pool id, the pool, its
 * route, the module's InitializePool, then the pool creation fee to the community pool), and
 * concentrated-liquidity InitializePool's restrictions (pool.go: permissionless creation, the
 * authorized tick spacings and spread factors).
 *
 * Quote denoms: v31 no longer restricts them — the CL param authorized_quote_denoms is deprecated
 * and UnauthorizedQuoteDenomError has no caller outside tests — so any valid denom pair is
 * accepted, as on mainnet. The poolmanager param is still served by Params.
 *
 * Denom existence: v31 checks a denom's format only (sdk.ValidateDenom in ValidateBasic), never its
 * bank supply — no HasSupply/GetSupply on this path — so a pool for a token nobody holds yet is
 * created like any other (osmosis-labs/osmosis#6883; the test cites the source lines).
 */
import { fromBech32 } from "@cosmjs/encoding";
import * as PM from "../../../cosmos/proto/gen/osmosis/concentratedliquidity/poolmodel/concentrated/v1beta1/tx";
import type { Ctx } from "../../ctx";
import type { MsgRoute } from "../../module";
import { fundCommunityPool } from "../distribution-keeper";
import { legacyDecText } from "./cl-keeper";
import { DEC_ONE } from "./math/osmomath/legacy-dec";
import { plainError } from "./osmosis-errors";
import { createConcentratedPool } from "./pool-create";
import { decIn } from "./wire-in";

/**
 * poolmanager params pool_creation_fee: DefaultParams' 1000 OSMO (appparams.BaseCoinUnit). Mainnet
 * has changed this by governance; the value in force there was not verified, so the default stands.
 */
export const POOL_CREATION_FEE = [{ denom: "uosmo", amount: 1_000_000_000n }] as const;
/** CL params is_permissionless_pool_creation_enabled: on, as on mainnet (anyone can create a supercharged pool). */
export const PERMISSIONLESS_POOL_CREATION = true;
/** CL params unrestricted_pool_creator_whitelist: nobody in this world. */
export const UNRESTRICTED_POOL_CREATORS: readonly string[] = [];

/** types/coin.go DefaultCoinDenomRegex, as sdk.ValidateDenom applies it. */
const DENOM = /^[a-zA-Z][a-zA-Z0-9/:._-]{2,127}$/;

/** MsgCreateConcentratedPool.ValidateBasic, in its order and with its texts. */
export function validateCreateConcentratedPool(m: PM.MsgCreateConcentratedPool): void {
  try {
    fromBech32(m.sender);
  } catch (e) {
    throw plainError(`Invalid sender address (decoding bech32 failed: ${(e as Error).message})`);
  }
  if (m.tickSpacing <= 0n) throw plainError("tick spacing must be positive");
  if (m.denom0 === m.denom1) throw plainError(`received matching denoms (${m.denom0}), must be different`);
  if (!DENOM.test(m.denom0)) throw plainError(`denom0 is invalid: invalid denom: ${m.denom0}`);
  if (!DENOM.test(m.denom1)) throw plainError(`denom1 is invalid: invalid denom: ${m.denom1}`);
  const sf = decIn(m.spreadFactor);
  if (sf < 0n || sf >= DEC_ONE) throw plainError(`invalid spread factor(${legacyDecText(sf)}), must be in [0, 1) range`);
}

function createPool(ctx: Ctx, m: PM.MsgCreateConcentratedPool): bigint {
  validateCreateConcentratedPool(m);
  const restricted = !UNRESTRICTED_POOL_CREATORS.includes(m.sender);
  if (restricted && !PERMISSIONLESS_POOL_CREATION) throw plainError("permissionless pool creation is disabled for the concentrated liquidity module");
  const id = createConcentratedPool(ctx, { denom0: m.denom0, denom1: m.denom1, tickSpacing: m.tickSpacing, spreadFactor: decIn(m.spreadFactor) });
  // fundCommunityPoolIfNotWhitelisted: after the pool exists; a creator who cannot pay fails the whole tx.
  if (restricted) fundCommunityPool(ctx, m.sender, POOL_CREATION_FEE);
  return id;
}

export const createConcentratedPoolMsg: MsgRoute<PM.MsgCreateConcentratedPool> = {
  codec: PM.MsgCreateConcentratedPool,
  signers: (m) => [m.sender],
  gas: 200_000,
  handle(ctx, m) {
    return PM.MsgCreateConcentratedPoolResponse.encode({ poolId: createPool(ctx, m) }).finish();
  },
};
