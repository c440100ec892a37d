/**
 * The signer the app signs with: direct (protobuf) unless the account is a Ledger, which can
 * only sign amino (LEGACY_AMINO_JSON). cosmos-kit's own default would be amino for everyone
 * (ChainWalletBase.preferredSignType), so the choice is made here, per account, at signing time.
 */
import type { OfflineSigner } from "@cosmjs/proto-signing";

export interface SigningClient {
  getAccount?: (chainId: string) => Promise<{ isNanoLedger?: boolean }>;
  getOfflineSigner?: (chainId: string, preferredSignType?: "amino" | "direct") => Promise<OfflineSigner> | OfflineSigner;
}

export async function autoSigner(client: SigningClient | undefined, chainId: string): Promise<OfflineSigner> {
  if (!client?.getOfflineSigner) throw new Error("The wallet is not connected any more; connect it again.");
  const account = await client.getAccount?.(chainId);
  return client.getOfflineSigner(chainId, account?.isNanoLedger ? "amino" : "direct");
}
