import axios from "axios";

export class LedgerFailure extends Error {
  constructor(message, options) {
    super(message, options);
    this.name = "LedgerFailure";
  }
}

export const ledger = axios.create({
  baseURL: process.env.STOCKROOM_LEDGER_URL ?? "https://ledger.stockroom.example/v2",
  headers: { Authorization: `Token ${process.env.STOCKROOM_LEDGER_TOKEN}` },
});

/** Moves stock; every failure becomes a LedgerFailure holding only the message. */
export async function moveStock(sku, from, to, qty) {
  try {
    const res = await ledger.post("/moves", { sku, from, to, qty });
    return res.data;
  } catch (e) {
    throw new LedgerFailure(`move of ${sku} refused: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** Reads a bin; the AxiosError goes out as it is. */
export async function readBin(bin) {
  const res = await ledger.get(`/bins/${encodeURIComponent(bin)}`);
  return res.data;
}
