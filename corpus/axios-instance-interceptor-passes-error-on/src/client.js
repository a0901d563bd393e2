import axios from "axios";

axios.defaults.headers.common.Authorization = `Bearer ${process.env.HELPDESK_STATUS_TOKEN}`;

export const tickets = axios.create({
  baseURL: "https://acme.helpdesk-cloud.com/api/v2",
  headers: { Authorization: `Bearer ${process.env.HELPDESK_API_TOKEN}` },
});

tickets.interceptors.response.use(
  (response) => response,
  (error) => {
    console.error(`[helpdesk] ${error.config?.method?.toUpperCase()} ${error.config?.url} failed with ${error.response?.status ?? "no response"}`);
    return Promise.reject(error);
  },
);

export async function serviceStatus() {
  try {
    const { data } = await axios.get("https://status.helpdesk-cloud.com/api/v2/summary.json");
    return data.status.description;
  } catch (error) {
    // expect: error-detail-echo (high)
    console.error("status page unavailable", error);
    return "unknown";
  }
}
