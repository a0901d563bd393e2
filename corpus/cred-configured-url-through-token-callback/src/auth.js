// The session token is read once and handed to each request callback; a
// rejected token is refreshed and the callback tried again.
let cached;

async function readToken() {
  cached ??= process.env.NOTESHUB_SESSION_TOKEN;
  return cached;
}

export async function withSession(send) {
  const token = await readToken();
  try {
    return await send(token);
  } catch (err) {
    if (err?.response?.status !== 401) throw err;
    cached = undefined;
    return send(await readToken());
  }
}
