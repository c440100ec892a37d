/**
 * Denoms named like JavaScript built-ins, carried through every module by real messages (bank is
 * covered in rpc/handler.fuzz.test.ts). State keyed by user strings must treat them as ordinary
 * keys: a lookup of a missing "constructor" must find nothing, never Object's constructor.
 *
 * The world comes straight from genesis (live objects, as in the browser), not from a restored
 * save (whose records are all null-prototype already).
 */
import { describe, expect, it } from "vitest";
import { sha256 } from "@cosmjs/crypto";
import { toHex, toUtf8 } from "@cosmjs/encoding";
import { QueryClient, setupBankExtension, setupDistributionExtension, setupIbcExtension } from "@cosmjs/stargate";
import { CELESTIA_SIM, MILKYWAY_SIM, OSMOSIS_SIM } from "../../chains/sim-chains";
import { SIM_LSTS } from "../../chains/lsts";
import { createGenesisWorld } from "../genesis";
import { restoreWorld, serializeWorld } from "../persist";
import type { World } from "../state";
import { advanceSeconds, connect, fund, makeSigner } from "./harness";

// Valid SDK denoms ([a-zA-Z][a-zA-Z0-9/:._-]{2,127}) that are also Object.prototype members.
const BUILTINS = ["constructor", "hasOwnProperty", "toString", "valueOf"];
const CELESTIA_TO_OSMOSIS = "channel-2";
const OSMOSIS_TO_CELESTIA = "channel-6994";
const voucher = (path: string) => `ibc/${toHex(sha256(toUtf8(path))).toUpperCase()}`;

/** Every chain's supply equals the sum of its balances, denom by denom (nothing minted or lost). */
function assertConserved(world: World): void {
  for (const [id, c] of Object.entries(world.chains)) {
    const sums = new Map<string, bigint>();
    for (const coins of Object.values(c.balances)) for (const [d, a] of Object.entries(coins)) sums.set(d, (sums.get(d) ?? 0n) + a);
    for (const d of BUILTINS) expect(sums.get(d) ?? 0n, `${id} ${d}`).toBe(c.supply[d] ?? 0n);
    for (const [d, a] of sums) if (d.startsWith("ibc/")) expect(a, `${id} ${d}`).toBe(c.supply[d]);
  }
}

const holdings = (world: World, chainId: string, address: string) => BUILTINS.map((d) => world.chains[chainId].balances[address]?.[d] ?? 0n);

describe("denoms named like built-ins in every module", () => {
  it("travel over IBC and back, fund the community pool, and are refused by gov, restaking and the LST contract without changing a balance", async () => {
    const world = createGenesisWorld({ days: 0 });
    const coins = (amount: string) => BUILTINS.map((denom) => ({ denom, amount }));

    // --- IBC: Celestia → Osmosis vouchers, their traces, and one home again.
    const cel = await connect(world, CELESTIA_SIM, await makeSigner(CELESTIA_SIM, "direct"));
    const osmo = await connect(world, OSMOSIS_SIM, await makeSigner(OSMOSIS_SIM, "direct"));
    await fund(world, CELESTIA_SIM, cel.address, [{ denom: "utia", amount: "50000000" }, ...coins("1000")]);
    await fund(world, OSMOSIS_SIM, osmo.address, [{ denom: "uosmo", amount: "50000000" }, ...coins("1000")]);
    const transfer = (from: string, to: string, channel: string, denom: string, amount: string) => ({
      typeUrl: "/ibc.applications.transfer.v1.MsgTransfer",
      value: { sourcePort: "transfer", sourceChannel: channel, token: { denom, amount }, sender: from, receiver: to, timeoutTimestamp: BigInt(world.timeMs + 600_000) * 1_000_000n, memo: "" },
    });
    const out = await cel.client.signAndBroadcast(cel.address, BUILTINS.map((d) => transfer(cel.address, osmo.address, CELESTIA_TO_OSMOSIS, d, "300")), "auto");
    expect(out.code, out.rawLog).toBe(0);
    await advanceSeconds(world, 30);
    const ibc = QueryClient.withExtensions(osmo.comet, setupIbcExtension, setupBankExtension);
    for (const d of BUILTINS) {
      const v = voucher(`transfer/${OSMOSIS_TO_CELESTIA}/${d}`);
      expect(world.chains[OSMOSIS_SIM].balances[osmo.address][v], d).toBe(300n);
      expect((await ibc.ibc.transfer.denomTrace(v.slice(4))).denomTrace).toEqual({ path: `transfer/${OSMOSIS_TO_CELESTIA}`, baseDenom: d });
      // Osmosis's own coins of the same name are a different denom, untouched.
      expect(world.chains[OSMOSIS_SIM].balances[osmo.address][d]).toBe(1000n);
    }
    expect(holdings(world, CELESTIA_SIM, cel.address)).toEqual(BUILTINS.map(() => 700n));
    const home = await osmo.client.signAndBroadcast(osmo.address, [transfer(osmo.address, cel.address, OSMOSIS_TO_CELESTIA, voucher(`transfer/${OSMOSIS_TO_CELESTIA}/constructor`), "100")], "auto");
    expect(home.code, home.rawLog).toBe(0);
    await advanceSeconds(world, 30);
    expect(world.chains[CELESTIA_SIM].balances[cel.address].constructor).toBe(800n);
    expect(world.chains[OSMOSIS_SIM].supply[voucher(`transfer/${OSMOSIS_TO_CELESTIA}/constructor`)]).toBe(200n);
    assertConserved(world);

    // --- Distribution: the community pool takes them as DecCoins; rewards queries still answer.
    const fundPool = await cel.client.signAndBroadcast(cel.address, [{ typeUrl: "/cosmos.distribution.v1beta1.MsgFundCommunityPool", value: { depositor: cel.address, amount: coins("50") } }], "auto");
    expect(fundPool.code, fundPool.rawLog).toBe(0);
    const distr = QueryClient.withExtensions(cel.comet, setupDistributionExtension);
    const pool = (await distr.distribution.communityPool()).pool;
    for (const d of BUILTINS) expect(pool.find((c) => c.denom === d)?.amount, d).toBe(`50${"0".repeat(18)}`);
    await expect(distr.distribution.delegationTotalRewards(cel.address)).resolves.toMatchObject({ rewards: [] });
    expect(holdings(world, CELESTIA_SIM, cel.address)).toEqual([750n, 650n, 650n, 650n]);

    // --- The LST contract takes only its reserve denom: refused, nothing moves but the fee.
    const lst = SIM_LSTS.find((l) => l.chainId === OSMOSIS_SIM)!;
    const before = holdings(world, OSMOSIS_SIM, osmo.address);
    await expect(osmo.client.execute(osmo.address, lst.contract, { liquid_stake: {} }, "auto", "", [{ denom: "constructor", amount: "10" }])).rejects.toThrow(/Must send reserve token/);
    await expect(osmo.client.queryContractSmart(lst.contract, { constructor: {} })).rejects.toThrow(/unknown variant `constructor`/);
    expect(holdings(world, OSMOSIS_SIM, osmo.address)).toEqual(before);

    // --- Gov and restaking on MilkyWay refuse them; balances stay as they were.
    const milk = await connect(world, MILKYWAY_SIM, await makeSigner(MILKYWAY_SIM, "direct"));
    await fund(world, MILKYWAY_SIM, milk.address, [{ denom: "umilk", amount: "100000000" }, ...coins("1000")]);
    const proposal = await milk.client.signAndBroadcast(
      milk.address,
      [{ typeUrl: "/cosmos.gov.v1.MsgSubmitProposal", value: { messages: [], initialDeposit: [{ denom: "toString", amount: "10" }], proposer: milk.address, metadata: "ipfs://Qm", title: "t", summary: "s", expedited: false } }],
      "auto",
    ).catch((e: Error) => e);
    expect(proposal instanceof Error ? proposal.message : proposal.rawLog).toMatch(/invalid deposit denom|accepts only/);
    const restake = await milk.client
      .signAndBroadcast(milk.address, [{ typeUrl: "/milkyway.restaking.v1.MsgDelegatePool", value: { delegator: milk.address, amount: { denom: "valueOf", amount: "10" } } }], "auto")
      .catch((e: Error) => e);
    expect(restake instanceof Error ? restake.message : restake.code).not.toBe(0);
    expect(holdings(world, MILKYWAY_SIM, milk.address)).toEqual(BUILTINS.map(() => 1000n));
    assertConserved(world);

    // Nothing leaked into Object.prototype, and a save restores the same money.
    expect(({} as Record<string, unknown>).constructor).toBe(Object);
    const again = restoreWorld(serializeWorld(world));
    for (const id of [CELESTIA_SIM, OSMOSIS_SIM, MILKYWAY_SIM]) expect(serializeWorld(again.chains[id] as never)).toBe(serializeWorld(world.chains[id] as never));
  }, 60_000);
});
