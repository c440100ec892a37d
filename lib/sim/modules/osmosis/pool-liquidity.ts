/**
 * poolmanager GetTotalPoolLiquidity: a balancer pool's assets, a CL pool's bank balances of its
 * two tokens (zero amounts dropped, sorted by denom as sdk.Coins). Read by the TotalPoolLiquidity
 * query and by protorev's highest-liquidity pool choice.
 */
import { simChain } from "../../../chains/sim-chains";
import type { ChainState } from "../../state";
import { balanceOf } from "../bank";
import { osmosisStateOf, poolAddress } from "./pool-store";
import { poolTypeOf } from "./router";

export function poolLiquidity(chain: ChainState, poolId: bigint): Array<{ denom: string; amount: bigint }> {
  const st = osmosisStateOf(chain);
  if (poolTypeOf(st, poolId) === "balancer") {
    return st.balancer[String(poolId)].pool.assets.map((a) => ({ denom: a.denom, amount: a.amount }));
  }
  const p = st.cl[String(poolId)];
  const addr = poolAddress(simChain(chain.chainId).bech32Prefix, poolId);
  return [p.token0, p.token1]
    .sort()
    .map((denom) => ({ denom, amount: balanceOf(chain, addr, denom) }))
    .filter((c) => c.amount !== 0n);
}
