import axios from "axios";

export async function searchTemplates(query) {
  try {
    const { data } = await axios.get("https://api.flowctl.dev/templates/search", { params: { q: query, rows: 20 }, timeout: 15_000 });
    return data.workflows;
  } catch (error) {
    // ok: error-detail-echo
    console.error("Error fetching templates:", error);
    return [];
  }
}
