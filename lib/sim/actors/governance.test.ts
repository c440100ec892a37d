import { describe, expect, it } from "vitest";
import { MILKYWAY_SIM } from "../../chains/sim-chains";
import { createGenesisWorld } from "../genesis";
import { STATUS_DEPOSIT_PERIOD, STATUS_VOTING_PERIOD } from "../modules/gov-state";
import { advanceTo } from "../world";
import { PROPOSAL_TEXTS, proposalText } from "./governance";

const DAY_MS = 86_400_000;

function proposals(world: ReturnType<typeof createGenesisWorld>) {
  return Object.values(world.chains[MILKYWAY_SIM].gov!.proposals);
}

describe("governance actor", () => {
  it("gives every proposal of a world its own title, long after the list has wrapped", () => {
    const titles = Array.from({ length: PROPOSAL_TEXTS.length * 3 }, (_, n) => proposalText(n).title);
    expect(new Set(titles).size).toBe(titles.length);
  });

  // A user of a fresh world (90 days of history) and of one left alone for weeks must find
  // something to vote on and something to deposit on, every title different.
  it("keeps proposals open for voting and for deposits as the world ages", () => {
    const world = createGenesisWorld({ days: 30 });
    for (const extra of [0, 7, 21]) {
      if (extra) advanceTo(world, world.timeMs + extra * DAY_MS);
      const all = proposals(world);
      expect(all.filter((p) => p.status === STATUS_VOTING_PERIOD).length, `after ${extra} more days`).toBeGreaterThanOrEqual(1);
      expect(all.filter((p) => p.status === STATUS_DEPOSIT_PERIOD).length, `after ${extra} more days`).toBeGreaterThanOrEqual(1);
      const titles = all.map((p) => p.title);
      expect(new Set(titles).size).toBe(titles.length);
    }
  });
});
