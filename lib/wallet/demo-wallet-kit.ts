/**
 * The demo wallet as a cosmos-kit wallet (its own MainWalletBase / ChainWalletBase), so it goes
 * through the same manager, session and hooks as Keplr or Leap. Its client holds test keys in
 * this browser (demo-wallet.ts) and signs for the simulated chains only; the first use funds the
 * new address once through the `fund` the app hands in (the simulator's faucet).
 */
import { ChainWalletBase, MainWalletBase, type ChainRecord, type SimpleAccount, type Wallet, type WalletAccount, type WalletClient } from "@cosmos-kit/core";
import type { OfflineSigner } from "@cosmjs/proto-signing";
import { DEMO_WALLET, WALLET_LABELS } from "./wallet-names";

export const demoWalletInfo: Wallet = {
  name: DEMO_WALLET,
  prettyName: WALLET_LABELS[DEMO_WALLET],
  mode: "extension",
  mobileDisabled: false,
  description: "Test keys kept in this browser, for the simulator only",
};

export interface DemoWalletDeps {
  /** Pays a new demo wallet's first test tokens (chain-id → address). */
  fund: (addresses: Record<string, string>) => Promise<void>;
}

/** The parts of demo-wallet.ts the client uses; loaded with the client, after first paint. */
type DemoKeys = typeof import("./demo-wallet");

export class DemoClient implements WalletClient {
  private ready: Promise<string> | null = null;

  constructor(
    private readonly deps: DemoWalletDeps,
    private readonly load: () => Promise<DemoKeys> = () => import("./demo-wallet"),
  ) {}

  /** The mnemonic, made (and funded) on first use; one attempt at a time, retried after a failure. */
  private mnemonic(): Promise<string> {
    this.ready ??= (async () => {
      const keys = await this.load();
      const { mnemonic, funded } = await keys.loadOrCreateDemoMnemonic();
      if (!funded) {
        await this.deps.fund(await keys.demoAddresses(mnemonic));
        keys.markDemoFunded();
      }
      return mnemonic;
    })();
    return this.ready.catch((e: unknown) => {
      this.ready = null;
      throw e;
    });
  }

  async enable(chainIds: string | string[]): Promise<void> {
    const keys = await this.load();
    for (const id of typeof chainIds === "string" ? [chainIds] : chainIds) {
      if (!keys.isSimulatedChainId(id)) throw new Error(`The demo wallet only signs for the simulator, not for ${id}.`);
    }
    await this.mnemonic();
  }

  async getOfflineSigner(chainId: string): Promise<OfflineSigner> {
    const keys = await this.load();
    return keys.demoSigner(await this.mnemonic(), chainId);
  }

  async getAccount(chainId: string): Promise<WalletAccount> {
    const [acc] = await (await this.getOfflineSigner(chainId)).getAccounts();
    return { address: acc.address, algo: acc.algo, pubkey: acc.pubkey, username: WALLET_LABELS[DEMO_WALLET], isNanoLedger: false };
  }

  async getSimpleAccount(chainId: string): Promise<SimpleAccount> {
    const { address, username } = await this.getAccount(chainId);
    return { namespace: "cosmos", chainId, address, username };
  }

  /** After the keys were deleted (reset), the next connect makes new ones. */
  forget(): void {
    this.ready = null;
  }

  async disconnect(): Promise<void> {}
}

export class DemoChainWallet extends ChainWalletBase {
  constructor(walletInfo: Wallet, chainInfo: ChainRecord) {
    super(walletInfo, chainInfo);
  }
}

export class DemoMainWallet extends MainWalletBase {
  readonly demoClient: DemoClient;

  constructor(deps: DemoWalletDeps, load?: () => Promise<DemoKeys>) {
    super(demoWalletInfo, DemoChainWallet);
    this.demoClient = new DemoClient(deps, load);
  }

  async initClient(): Promise<void> {
    this.initingClient();
    this.initClientDone(this.demoClient);
  }

  // MainWalletBase copies initClient onto each chain wallet, where `this` is the chain wallet;
  // the demo's one client lives here, so the chain wallets ask the main wallet for it.
  setChains(chains: ChainRecord[], overwrite = true): void {
    super.setChains(chains, overwrite);
    this.chainWalletMap?.forEach((w) => {
      w.initClient = () => this.initClient();
    });
  }
}
