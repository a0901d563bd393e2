import { privateKeyToAccount } from "viem/accounts";
import { createKeyPairSignerFromBytes } from "@solana/kit";
import { base58 } from "@scure/base";
import { Wallet } from "ethers";

export function evmAccount() {
  return privateKeyToAccount(process.env.PAYWALL_EVM_PRIVATE_KEY);
}

export async function solanaSigner() {
  return createKeyPairSignerFromBytes(base58.decode(process.env.PAYWALL_SOLANA_PRIVATE_KEY));
}

/** The legacy signer: an ethers Wallet keeps the key as its `privateKey` property. */
export function legacyWallet() {
  return new Wallet(process.env.PAYWALL_LEGACY_PRIVATE_KEY);
}
