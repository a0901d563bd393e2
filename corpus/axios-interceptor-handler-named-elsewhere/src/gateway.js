import axios from "axios";
import { toGatewayError } from "./errors.js";

const auth = { Authorization: `Bearer ${process.env.GATEWAY_SECRET_KEY}` };

export const billing = axios.create({ baseURL: "https://billing.gateway.example/v2", headers: auth });
billing.interceptors.response.use(undefined, toGatewayError);

export const ledger = axios.create({ baseURL: "https://ledger.gateway.example/v1", headers: auth });
ledger.interceptors.response.use((response) => response, keepLedgerError.bind(null));

// A new object, but it keeps the request's config (headers included) for a retry helper.
export const payouts = axios.create({ baseURL: "https://payouts.gateway.example/v1", headers: auth });
payouts.interceptors.response.use((response) => response, (error) => Promise.reject({ message: error.message, status: error.response?.status, config: error.config }));

function keepLedgerError(error) {
  console.error(`[ledger] ${error.config?.method} ${error.config?.url}: ${error.response?.status ?? error.code}`);
  return Promise.reject(error);
}
