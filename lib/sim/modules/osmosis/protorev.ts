/**
 * The part of x/protorev the pool manager leans on (keeper/epoch_hook.go, keeper/protorev.go):
 * for each base denom, the highest-liquidity pool pairing it with every other denom, rebuilt by
 * UpdatePools at genesis and after every "day" epoch (epochs.ts). x/poolmanager's trackVolume prices swap
 * volume in OSMO through these pools, and GetProtoRevPool answers them.
 *
 * Only the pool map is modelled: no cyclic arbitrage, no profits, no developer account.
 */
import * as Q from "../../../cosmos/proto/gen/osmosis/protorev/v1beta1/query";
import { PROTOREV_QUERY } from "../../../cosmos/proto/gen/query-paths";
import type { Ctx } from "../../ctx";
import { QueryError } from "../../errors";
import { rec, type Rec } from "../../journal";
import type { SimModule } from "../../module";
import type { ChainState } from "../../state";
import { allPoolIds } from "./pool-wire";
import { osmosisStateFor, osmosisStateOf } from "./pool-store";
import { poolLiquidity } from "./pool-liquidity";

/** types.DefaultBaseDenoms: OSMO only (governance adds more on mainnet; this world has no such proposal). */
export const PROTOREV_BASE_DENOMS = ["uosmo"] as const;

/** types.NoPoolForDenomPairError. */
export class NoPoolForDenomPairError extends Error {
  constructor(base: string, match: string) {
    super(`highest liquidity pool between base ${base} and match denom ${match} not found`);
  }
}

/**
 * UpdatePools / UpdateHighestLiquidityPools: every pool whose GetTotalPoolLiquidity has exactly two
 * coins is a candidate for each base denom among them, scored by the product of the two amounts;
 * a later pool replaces an earlier one only when strictly greater (pools are visited by id).
 */
export function updateProtorevPools(ctx: Ctx): void {
  const st = osmosisStateFor(ctx);
  const best: Record<string, Record<string, { poolId: number; liquidity: bigint }>> = {};
  for (const base of PROTOREV_BASE_DENOMS) best[base] = {};
  for (const id of allPoolIds(ctx.chain)) {
    const coins = poolLiquidity(ctx.chain, id);
    if (coins.length !== 2) continue;
    const [a, b] = coins;
    const cand = { poolId: Number(id), liquidity: a.amount * b.amount };
    for (const [base, other] of [
      [a.denom, b.denom],
      [b.denom, a.denom],
    ]) {
      const pools = best[base];
      if (!pools) continue;
      const cur = pools[other];
      if (!cur || cand.liquidity > cur.liquidity) pools[other] = cand;
    }
  }
  // DeleteAllPoolsForBaseDenom then SetPoolForDenomPair: the map is replaced whole.
  const next = rec<Rec<number>>();
  for (const base of Object.keys(best)) {
    const m = rec<number>();
    for (const other of Object.keys(best[base]).sort()) m[other] = best[base][other].poolId;
    next[base] = m;
  }
  ctx.set(st as unknown as Rec<Rec<Rec<number>>>, "protorevPools", next);
}

/** Keeper.GetPoolForDenomPair. */
export function poolForDenomPair(chain: ChainState, base: string, match: string): bigint {
  const id = osmosisStateOf(chain).protorevPools?.[base]?.[match];
  if (id === undefined) throw new NoPoolForDenomPairError(base, match);
  return BigInt(id);
}

export const protorevModule: SimModule = {
  name: "protorev",
  queries: {
    [PROTOREV_QUERY.getProtoRevPool]: ({ chain }, bytes) => {
      const req = Q.QueryGetProtoRevPoolRequest.decode(bytes);
      try {
        return Q.QueryGetProtoRevPoolResponse.encode({ poolId: poolForDenomPair(chain, req.baseDenom, req.otherDenom) }).finish();
      } catch (e) {
        throw new QueryError("Internal", (e as Error).message);
      }
    },
  },
};
