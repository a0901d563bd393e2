import axios from "axios";

// The dashboard in the user's browser: its errors go to the browser's console.
const api = axios.create({ baseURL: "/api", headers: { "x-dashboard-token": localStorage.getItem("dashboardToken") ?? "" } });

async function loadRuns() {
  try {
    const res = await api.get("/runs");
    document.querySelector("#runs").textContent = JSON.stringify(res.data, null, 2);
  } catch (error) {
    // ok: error-detail-echo
    console.error("loading runs failed", error);
  }
}

window.addEventListener("DOMContentLoaded", loadRuns);
