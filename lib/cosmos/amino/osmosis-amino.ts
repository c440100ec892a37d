/**
 * Amino JSON (LEGACY_AMINO_JSON) converters for the Osmosis pool messages the app signs: poolmanager
 * swaps, concentrated-liquidity positions and pool creation, gamm balancer join/exit. Amino names are
 * Osmosis's own `amino.name` options (proto/osmosis/**). Osmosis v31 signs amino JSON by the SDK
 * 0.50 x/tx rules, so the same walker as the MilkyWay converters applies, with Osmosis's quirks:
 *
 * - `sdk.Int` fields (`token_out_min_amount`, `share_out_amount`, `token_min_amount0`…) carry
 *   no `cosmos.Int` scalar, so they are plain strings: omitted when empty, never defaulted to "0";
 * - LegacyDec fields (`spread_factor`, `liquidity_amount`) carry no `cosmos.Dec` scalar, so amino
 *   JSON has the raw wire integer × 10^18 (`"0.002"` travels as `"2000000000000000"`);
 * - 64-bit pool ids, position ids and ticks (negative ones too) are strings;
 * - `routes` and the coin lists are omitted when empty (no dont_omitempty);
 * - `token_in` / `token_out` are non-nullable coins: always written.
 */
import type { AminoConverters } from "@cosmjs/stargate";

import * as clPoolModel from "../proto/gen/osmosis/concentratedliquidity/poolmodel/concentrated/v1beta1/tx";
import * as cl from "../proto/gen/osmosis/concentratedliquidity/v1beta1/tx";
import * as gamm from "../proto/gen/osmosis/gamm/v1beta1/tx";
import * as poolmanager from "../proto/gen/osmosis/poolmanager/v1beta1/tx";
import { coin, converter, i64, msg, rawDec, str, u64 } from "./milkyway-amino";

const sender = str("sender");
const IN_ROUTE = [u64("pool_id"), str("token_out_denom")];
const OUT_ROUTE = [u64("pool_id"), str("token_in_denom")];

export function createOsmosisAminoConverters(): AminoConverters {
  return Object.fromEntries([
    converter("osmosis/poolmanager/swap-exact-amount-in", poolmanager.MsgSwapExactAmountIn, [
      sender,
      msg("routes", IN_ROUTE, { repeated: true }),
      coin("token_in"),
      str("token_out_min_amount"),
    ]),
    converter("osmosis/poolmanager/swap-exact-amount-out", poolmanager.MsgSwapExactAmountOut, [
      sender,
      msg("routes", OUT_ROUTE, { repeated: true }),
      str("token_in_max_amount"),
      coin("token_out"),
    ]),
    converter("osmosis/cl-create-position", cl.MsgCreatePosition, [
      u64("pool_id"),
      sender,
      i64("lower_tick"),
      i64("upper_tick"),
      coin("tokens_provided", { repeated: true }),
      str("token_min_amount0"),
      str("token_min_amount1"),
    ]),
    converter("osmosis/cl-add-to-position", cl.MsgAddToPosition, [
      u64("position_id"),
      sender,
      str("amount0"),
      str("amount1"),
      str("token_min_amount0"),
      str("token_min_amount1"),
    ]),
    converter("osmosis/cl-withdraw-position", cl.MsgWithdrawPosition, [
      u64("position_id"),
      sender,
      rawDec("liquidity_amount"),
    ]),
    converter("osmosis/cl-col-sp-rewards", cl.MsgCollectSpreadRewards, [
      u64("position_ids", { repeated: true }),
      sender,
    ]),
    converter("osmosis/create-concentrated-pool", clPoolModel.MsgCreateConcentratedPool, [
      sender,
      str("denom0"),
      str("denom1"),
      u64("tick_spacing"),
      rawDec("spread_factor"),
    ]),
    converter("osmosis/gamm/join-pool", gamm.MsgJoinPool, [
      sender,
      u64("pool_id"),
      str("share_out_amount"),
      coin("token_in_maxs", { repeated: true }),
    ]),
    converter("osmosis/gamm/exit-pool", gamm.MsgExitPool, [
      sender,
      u64("pool_id"),
      str("share_in_amount"),
      coin("token_out_mins", { repeated: true }),
    ]),
  ]);
}
