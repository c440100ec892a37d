import type { World } from "../state";
import { runCoordinators } from "./coordinator";
import { runUsers } from "./users";
import { runGovernance } from "./governance";

/** Everything off-chain that keeps the world alive, run once per clock step. */
export function runActors(world: World): void {
  runCoordinators(world);
  runUsers(world);
  runGovernance(world);
}
