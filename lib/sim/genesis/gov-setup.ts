import type { World } from "../state";
import { initGovState } from "../modules/gov-state";
import { proposeNext } from "../actors/governance";

/** Governance starts with one proposal open; the governance actor adds more as time passes. */
export function setupGovernance(world: World, validators: string[]): void {
  void validators;
  world.chains["milkyway-sim-1"].gov = initGovState("umilk");
  proposeNext(world);
}
