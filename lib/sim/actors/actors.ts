import type { World } from "../state";
import { runCoordinators } from "./coordinator";
import { runUsers } from "./users";
import { runGovernance } from "./governance";
import { runWayCardProgram } from "./way-card-program";
import { runPriceFeed } from "./price-feed";
import { runPoolMarket } from "./pool-market";

/** Everything off-chain that keeps the world alive, run once per clock step. */
export function runActors(world: World): void {
  runCoordinators(world);
  runUsers(world);
  runGovernance(world);
  runWayCardProgram(world);
  runPriceFeed(world);
  runPoolMarket(world);
}
