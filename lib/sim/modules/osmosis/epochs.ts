/**
 * x/epochs "day" on osmosis-sim-1, for the hooks the pools rely on, in the order osmosis v31's
 * app registers them (app/keepers/keepers.go NewMultiEpochHooks): txfees first (taker fees to
 * the community pool and stakers, txfees.ts), protorev last (its highest-liquidity pools,
 * protorev.ts). Epochs start at genesis; x/epochs ends at most one epoch per BeginBlock, so a
 * long jump catches up one day per block.
 */
import type { Ctx } from "../../ctx";
import type { Rec } from "../../journal";
import type { SimModule } from "../../module";
import { updateProtorevPools } from "./protorev";
import { distributeTakerFees } from "./txfees";

const DAY_MS = 86_400_000;

function beginBlock(ctx: Ctx): void {
  const st = ctx.chain.osmosis;
  if (!st) return;
  const start = st.dayEpochStartMs ?? ctx.world.genesisTimeMs;
  if (ctx.timeMs < start + DAY_MS) return;
  ctx.set(st as unknown as Rec<number>, "dayEpochStartMs", start + DAY_MS);
  distributeTakerFees(ctx);
  updateProtorevPools(ctx);
}

export const epochsModule: SimModule = { name: "epochs", beginBlock };
