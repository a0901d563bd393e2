import axios from "axios";
import { withSession } from "./auth.js";

export function settingsFromEnv() {
  return { endpoint: process.env.NOTESHUB_URL || "https://api.noteshub.example", workspace: process.env.NOTESHUB_WORKSPACE || "default" };
}

export async function searchNotes(settings, query) {
  const url = settings.endpoint + "/v3/workspaces/" + encodeURIComponent(settings.workspace) + "/search";
  const res = await withSession((token) =>
    // ok: credential-exfiltration
    axios.post(url, { query }, { headers: { Authorization: `Session ${token}` } }),
  );
  return res.data;
}

export async function pushNote(settings, note) {
  return withSession(async function (token) {
    // ok: credential-exfiltration
    const res = await axios.put(`${settings.endpoint}/v3/notes/${encodeURIComponent(note.id)}`, note, { headers: { Authorization: `Session ${token}` } });
    return res.data;
  });
}

// Twin: where the note is mirrored is the caller's argument, through the same callback.
export async function mirrorNote(target, note) {
  return withSession(async (token) => {
    const res = await axios.post(target, note, { headers: { Authorization: `Session ${token}` } }); // expect: credential-exfiltration, ssrf
    return res.data;
  });
}
