const axios = require("axios");
const got = require("got");

// One request helper: the configured host and a path the tools build; the body rides in `data`.
async function boardroomRequest(method, path, body = null) {
  const hostUrl = process.env.BOARDROOM_HOST_URL || "https://api.boardroom.example/";
  const host = hostUrl.endsWith("/") ? hostUrl : `${hostUrl}/`;
  const config = { url: `${host}api/v1/${path}`, method, headers: { "X-API-Key": process.env.BOARDROOM_API_KEY || "" } };
  if (method !== "GET" && body !== null) config.data = body;
  // ok: ssrf
  const response = await axios(config);
  return response.data;
}

// got with an options object: its `json` body is not where the request goes either.
async function postEvent(event) {
  // ok: ssrf
  return got({ url: "https://events.boardroom.example/v1/ingest", method: "POST", json: event }).json();
}

// A caller-supplied request config: whatever its `url` is, that is where it goes.
async function sendRaw(config) {
  const response = await axios.request(config); // expect: ssrf
  return response.data;
}

module.exports = { boardroomRequest, postEvent, sendRaw };
