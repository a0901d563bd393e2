import axios from "axios";

export const ledger = axios.create({
  baseURL: "https://api.ledgerline.example/v2",
  headers: { Authorization: `Bearer ${process.env.LEDGERLINE_TOKEN}` },
});

export async function pullEntries(since) {
  const { data } = await ledger.get("/entries", { params: { since } });
  return data;
}
