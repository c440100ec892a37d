import { describe, expect, it } from "vitest";
import { bridgeState, connectErrorText, type ChainWalletView } from "./bridge-state";

const view = (chainId: string, status: ChainWalletView["status"], extra: Partial<ChainWalletView> = {}): ChainWalletView => ({
  chainId,
  walletName: "keplr-extension",
  status,
  address: status === "Connected" ? `addr-${chainId}` : undefined,
  ...extra,
});

describe("the wallet store as cosmos-kit's chain wallets say", () => {
  it("is disconnected when no chain has a wallet, or the wallet is not installed", () => {
    expect(bridgeState([undefined, undefined])).toEqual({ kind: null, status: "disconnected", error: null, addresses: {} });
    expect(bridgeState([view("a", "NotExist"), view("b", "NotExist")]).status).toBe("disconnected");
    expect(bridgeState([view("a", "Disconnected"), view("b", "Disconnected")]).status).toBe("disconnected");
  });

  it("is connected only when every chain has an address, and then lists them by chain-id", () => {
    expect(bridgeState([view("a", "Connected"), view("b", "Connected")])).toEqual({
      kind: "keplr-extension",
      status: "connected",
      error: null,
      addresses: { a: "addr-a", b: "addr-b" },
    });
  });

  it("is connecting while any chain is asking or not yet started, and shows no address meanwhile", () => {
    expect(bridgeState([view("a", "Connected"), view("b", "Connecting")])).toMatchObject({ status: "connecting", addresses: {} });
    expect(bridgeState([view("a", "Connected"), view("b", "Disconnected")])).toMatchObject({ status: "connecting", addresses: {} });
    expect(bridgeState([view("a", "Connected"), undefined])).toMatchObject({ status: "connecting", addresses: {} });
  });

  it("is an error, in the app's words, when a chain failed or the user declined", () => {
    expect(bridgeState([view("a", "Connected"), view("b", "Rejected", { message: "Request Rejected!" })])).toEqual({
      kind: "keplr-extension",
      status: "error",
      error: "You declined the connection in Keplr.",
      addresses: {},
    });
    expect(bridgeState([view("a", "Error", { walletName: "milkyway-demo", message: "The simulator is not running." })])).toMatchObject({
      kind: "milkyway-demo",
      error: "The simulator is not running.",
    });
  });

  it("names a wallet it does not offer by its cosmos-kit name and reports no kind", () => {
    expect(bridgeState([view("a", "Connected", { walletName: "other-wallet" })]).kind).toBeNull();
    expect(connectErrorText("other-wallet", "NotExist", undefined)).toBe("other-wallet is not installed in this browser (or is locked and did not answer).");
    expect(connectErrorText("leap-extension", "Error", "InitClientError: boom")).toBe("boom");
    expect(connectErrorText("leap-extension", "Error", "")).toBe("Leap did not connect.");
  });
});
