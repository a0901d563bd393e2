// The broker's management plugin answers HTTP on its own address; its login is
// a user and password of its own, sent as Basic auth beside the address.
function managementSettings() {
  return {
    address: process.env.RABBITMQ_MANAGEMENT_URL ?? "http://localhost:15672",
    user: process.env.RABBITMQ_MANAGEMENT_USER ?? "guest",
    password: process.env.RABBITMQ_MANAGEMENT_PASSWORD ?? "guest",
  };
}

export async function managementGet(route) {
  const settings = managementSettings();
  const basic = Buffer.from(`${settings.user}:${settings.password}`).toString("base64");
  let res;
  try {
    res = await fetch(new URL(`/api${route}`, settings.address), { headers: { Authorization: `Basic ${basic}` } });
  } catch (cause) {
    throw new Error(`management API unreachable at ${settings.address}: ${cause instanceof Error ? cause.message : "network error"}`);
  }
  if (!res.ok) throw new Error(`management API at ${settings.address} answered ${res.status}`);
  return res.json();
}
