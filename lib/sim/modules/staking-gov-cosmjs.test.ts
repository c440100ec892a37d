import { describe, expect, it } from "vitest";
import { Secp256k1HdWallet } from "@cosmjs/amino";
import { DirectSecp256k1HdWallet, type OfflineSigner } from "@cosmjs/proto-signing";
import { createProtobufRpcClient, GasPrice, QueryClient, setupDistributionExtension, setupStakingExtension, SigningStargateClient } from "@cosmjs/stargate";
import { Comet38Client } from "@cosmjs/tendermint-rpc";
import { QueryClientImpl as GovQueryClient } from "cosmjs-types/cosmos/gov/v1/query";
import { CELESTIA_SIM, MILKYWAY_SIM, simChain } from "../../chains/sim-chains";
import { createAppAminoTypes } from "../../cosmos/amino-types";
import { createAppRegistry } from "../../cosmos/registry";
import { InProcessRpcClient } from "../../cosmos/transport/in-process-rpc-client";
import { beginBlock, endBlock, produceBlock } from "../block";
import { Ctx } from "../ctx";
import { Journal } from "../journal";
import type { World } from "../state";
import { emptyWorld } from "../world";
import { mintCoins } from "./bank";
import { createValidator, delegate } from "./staking-keeper";

const MNEMONIC = "surround miss nominee dream gap cross assault thank captain prosper drop duty group candy wealth weather scale put";
const UNIT = 1_000_000n;

function world(): { world: World; vals: Record<string, string[]> } {
  const w = emptyWorld(7, Date.UTC(2026, 0, 1));
  const vals: Record<string, string[]> = {};
  for (const chainId of [CELESTIA_SIM, MILKYWAY_SIM]) {
    const chain = w.chains[chainId];
    beginBlock(w, chain);
    const ctx = new Ctx(w, chain, new Journal());
    const denom = simChain(chainId).stakeDenom;
    vals[chainId] = ["one", "two"].map((moniker, i) => {
      const v = createValidator(ctx, { moniker, commissionRate: "0.05" });
      const whale = `${simChain(chainId).bech32Prefix}1qg5ega6dykkxc307y25pecuufrjkxkaggkkxh7nad0vhyhtuhw3ssgcye4`;
      mintCoins(ctx, whale, [{ denom, amount: BigInt(i + 1) * 1_000n * UNIT }]);
      delegate(ctx, whale, v, BigInt(i + 1) * 1_000n * UNIT);
      return v;
    });
    endBlock(w, chain);
  }
  return { world: w, vals };
}

async function connect(w: World, chainId: string, amino: boolean) {
  const prefix = simChain(chainId).bech32Prefix;
  const signer: OfflineSigner = amino
    ? await Secp256k1HdWallet.fromMnemonic(MNEMONIC, { prefix })
    : await DirectSecp256k1HdWallet.fromMnemonic(MNEMONIC, { prefix });
  const [{ address }] = await signer.getAccounts();
  const cfg = simChain(chainId);
  const ctx = new Ctx(w, w.chains[chainId], new Journal());
  mintCoins(ctx, address, [{ denom: cfg.stakeDenom, amount: 1_000n * UNIT }]);
  const comet = Comet38Client.create(new InProcessRpcClient(() => w, chainId));
  const client = await SigningStargateClient.createWithSigner(comet, signer, {
    registry: createAppRegistry(),
    aminoTypes: createAppAminoTypes(),
    gasPrice: GasPrice.fromString(`${cfg.feeTokens[0].minGasPrice}${cfg.feeTokens[0].denom}`),
    broadcastPollIntervalMs: 0,
  });
  const query = QueryClient.withExtensions(comet, setupStakingExtension, setupDistributionExtension);
  const gov = new GovQueryClient(createProtobufRpcClient(QueryClient.withExtensions(comet)));
  return { client, address, query, gov };
}

function advance(w: World, chainId: string, ms: number) {
  w.timeMs += ms;
  produceBlock(w, w.chains[chainId]);
}

describe("staking, distribution and gov v1 through the real CosmJS clients", () => {
  it("delegates, reports a missing delegation as null, accrues and withdraws rewards (direct signing)", async () => {
    const { world: w, vals } = world();
    const [v1, v2] = vals[CELESTIA_SIM];
    const { client, address, query } = await connect(w, CELESTIA_SIM, false);
    const res = await client.delegateTokens(address, v1, { denom: "utia", amount: "250000000" }, "auto");
    expect(res.code).toBe(0);
    expect(res.gasUsed).toBeGreaterThan(130_000n);
    expect(await client.getDelegation(address, v1)).toEqual({ denom: "utia", amount: "250000000" });
    expect(await client.getDelegation(address, v2)).toBeNull();
    advance(w, CELESTIA_SIM, 86_400_000);
    const rewards = await query.distribution.delegationRewards(address, v1);
    expect(rewards.rewards[0].denom).toBe("utia");
    expect(rewards.rewards[0].amount).toMatch(/^\d{19,}$/); // raw LegacyDec: ≥ 1 utia × 10^18
    const w2 = await client.withdrawRewards(address, v1, "auto");
    expect(w2.code).toBe(0);
    const paid = w2.events.find((e) => e.type === "withdraw_rewards")!.attributes.find((a) => a.key === "amount")!.value;
    // One day (plus the blocks of the txs) of 10.5% APR on 250 TIA, less 2% tax and 5% commission:
    // 250e6 × 0.105 / 365 × 0.98 × 0.95 ≈ 66,954 utia.
    expect(paid).toMatch(/^\d+utia$/);
    expect(Number(paid.replace("utia", ""))).toBeGreaterThan(66_950);
    expect(Number(paid.replace("utia", ""))).toBeLessThan(67_100);
  });

  it("undelegates with amino signing and answers the unbonding queries", async () => {
    const { world: w, vals } = world();
    const [v1] = vals[CELESTIA_SIM];
    const { client, address, query } = await connect(w, CELESTIA_SIM, true);
    expect((await client.delegateTokens(address, v1, { denom: "utia", amount: "100000000" }, "auto")).code).toBe(0);
    const un = await client.undelegateTokens(address, v1, { denom: "utia", amount: "40000000" }, "auto");
    expect(un.code).toBe(0);
    const ubd = await query.staking.unbondingDelegation(address, v1);
    expect(ubd.unbond.entries[0].balance).toBe("40000000");
    expect(await client.getDelegation(address, v1)).toEqual({ denom: "utia", amount: "60000000" });
  });

  it("submits a text proposal, deposits and votes weighted with amino signing on MilkyWay", async () => {
    const { world: w } = world();
    const { client, address, gov } = await connect(w, MILKYWAY_SIM, true);
    const submit = await client.signAndBroadcast(
      address,
      [
        {
          typeUrl: "/cosmos.gov.v1.MsgSubmitProposal",
          value: { messages: [], initialDeposit: [{ denom: "umilk", amount: "5000000" }], proposer: address, metadata: "ipfs://Qm", title: "Raise the cap", summary: "Signal", expedited: false },
        },
      ],
      "auto",
    );
    expect(submit.code).toBe(0);
    const id = BigInt(submit.events.find((e) => e.type === "submit_proposal")!.attributes.find((a) => a.key === "proposal_id")!.value);
    const dep = await client.signAndBroadcast(address, [{ typeUrl: "/cosmos.gov.v1.MsgDeposit", value: { proposalId: id, depositor: address, amount: [{ denom: "umilk", amount: "5000000" }] } }], "auto");
    expect(dep.code).toBe(0);
    const vote = await client.signAndBroadcast(
      address,
      [
        {
          typeUrl: "/cosmos.gov.v1.MsgVoteWeighted",
          value: { proposalId: id, voter: address, options: [{ option: 1, weight: "0.600000000000000000" }, { option: 3, weight: "0.400000000000000000" }], metadata: "" },
        },
      ],
      "auto",
    );
    expect(vote.code).toBe(0);
    const p = await gov.Proposal({ proposalId: id });
    expect(p.proposal!.status).toBe(2);
    const bad = await client
      .signAndBroadcast(
        address,
        [{ typeUrl: "/cosmos.gov.v1.MsgVoteWeighted", value: { proposalId: id, voter: address, options: [{ option: 1, weight: "0.600000000000000000" }], metadata: "" } }],
        "auto",
      )
      .then(
        (r) => r.rawLog ?? "",
        (e: Error) => e.message,
      );
    expect(bad).toMatch(/total weight lower than 1.00/);
  });
});
