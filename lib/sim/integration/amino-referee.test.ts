/**
 * Ledger (LEGACY_AMINO_JSON) signatures made by the app through real CosmJS verify in the
 * simulator, which derives the sign bytes on its own (lib/sim/tx/aminojson.ts), for the messages
 * whose converters the amino referee property test found wrong — and a signature made with the
 * old, wrong rendering is refused as a real chain refuses it.
 */
import { describe, expect, it } from "vitest";
import type { EncodeObject } from "@cosmjs/proto-signing";
import { AminoTypes, calculateFee, GasPrice } from "@cosmjs/stargate";
import { SigningCosmWasmClient } from "@cosmjs/cosmwasm-stargate";
import { Comet38Client } from "@cosmjs/tendermint-rpc";
import { MILKYWAY_SIM } from "../../chains/sim-chains";
import { createAppAminoTypes } from "../../cosmos/amino-types";
import { createMilkywayAminoConverters } from "../../cosmos/amino/milkyway-amino";
import { InProcessRpcClient } from "../../cosmos/transport/in-process-rpc-client";
import { DistributionTypeWeighted } from "../../cosmos/proto/gen/milkyway/rewards/v1/models";
import { connect, freshWorld, fullRegistry, fund, makeSigner } from "./harness";

const FEE = calculateFee(600_000, GasPrice.fromString("0.0025umilk"));

/** The ABCI code a broadcast ends with: CheckTx refusals throw (BroadcastTxError), DeliverTx returns. */
async function outcome(p: Promise<{ code: number; rawLog?: string }>): Promise<{ code: number; log: string }> {
  try {
    const r = await p;
    return { code: r.code, log: r.rawLog ?? "" };
  } catch (e) {
    const err = e as { code?: number; log?: string; message: string };
    return { code: err.code ?? -1, log: err.log ?? err.message };
  }
}

async function aminoUser() {
  const world = freshWorld();
  const signer = await makeSigner(MILKYWAY_SIM, "amino");
  const c = await connect(world, MILKYWAY_SIM, signer);
  await fund(world, MILKYWAY_SIM, c.address, [{ denom: "umilk", amount: "100000000000" }]);
  return { world, signer, ...c };
}

const weighted = DistributionTypeWeighted.encode({ weights: [{ delegationTargetId: 1, weight: 2 }] }).finish();

const messages = (address: string): Record<string, EncodeObject> => ({
  "rewards plan with distribution types in Anys": {
    typeUrl: "/milkyway.rewards.v1.MsgCreateRewardsPlan",
    value: {
      sender: address,
      description: "ledger plan",
      serviceId: 1,
      amount: { denom: "umilk", amount: "1000" },
      startTime: { seconds: 1_900_000_000n, nanos: 0 },
      endTime: { seconds: 1_900_086_400n, nanos: 0 },
      poolsDistribution: { delegationType: 1, weight: 1, type: { typeUrl: "/milkyway.rewards.v1.DistributionTypeWeighted", value: weighted } },
      operatorsDistribution: { delegationType: 2, weight: 1, type: { typeUrl: "/milkyway.rewards.v1.DistributionTypeEgalitarian", value: new Uint8Array() } },
      usersDistribution: { weight: 1, type: { typeUrl: "/milkyway.rewards.v1.UsersDistributionTypeBasic", value: new Uint8Array() } },
      feeAmount: [],
    },
  },
  "operator params with a LegacyDec commission": {
    typeUrl: "/milkyway.operators.v1.MsgSetOperatorParams",
    value: { sender: address, operatorId: 1, params: { commissionRate: "50000000000000000" } },
  },
  "undelegating from an operator": {
    typeUrl: "/milkyway.restaking.v1.MsgUndelegateOperator",
    value: { delegator: address, operatorId: 1, amount: [{ denom: "umilk", amount: "1" }] },
  },
});

describe("amino signatures made by the app verify in the simulator's own x/tx-rules encoder", () => {
  it.each(Object.keys(messages("")))("%s: not refused at signature verification", async (name) => {
    const { client, address } = await aminoUser();
    const res = await outcome(client.signAndBroadcast(address, [messages(address)[name]], FEE));
    // the message may fail in its handler (not the admin, no delegation…), never at the signature
    expect(res.log).not.toContain("signature verification failed");
    if (res.code !== 0) expect(res.log).toMatch(/^failed to execute message; message index: 0: /);
  });

  it("a commission rendered as an 18-decimal string (the old converter) is refused as on a real chain", async () => {
    const { world, signer, address } = await aminoUser();
    const app = createMilkywayAminoConverters()["/milkyway.operators.v1.MsgSetOperatorParams"];
    const wrong = new AminoTypes({
      ...(createAppAminoTypes() as unknown as { register: Record<string, never> }).register,
      "/milkyway.operators.v1.MsgSetOperatorParams": {
        ...app,
        toAmino: (v: any) => ({ ...app.toAmino(v), params: { commission_rate: "0.050000000000000000" } }),
        // CosmJS rebuilds the body from the signed amino JSON: keep the wire value the chain expects
        fromAmino: (j: any) => app.fromAmino({ ...j, params: { commission_rate: "50000000000000000" } }),
      },
    });
    const client = await SigningCosmWasmClient.createWithSigner(
      Comet38Client.create(new InProcessRpcClient(() => world, MILKYWAY_SIM)),
      signer,
      { registry: fullRegistry(), aminoTypes: wrong, broadcastPollIntervalMs: 0 },
    );
    const res = await outcome(client.signAndBroadcast(address, [messages(address)["operator params with a LegacyDec commission"]], FEE));
    expect(res.code).toBe(4);
    expect(res.log).toContain("signature verification failed");
  });
});
