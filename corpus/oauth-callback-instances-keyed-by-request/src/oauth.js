import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";

const clientsByRequest = new Map();
const pendingSignIns = new Map();

export class ForgeOAuth {
  constructor(config) {
    this.config = config;
    this.tokenPath = config.tokenPath || path.join(os.homedir(), ".forge-mcp-token.json");
  }

  saveToken(token) {
    // ok: path-traversal
    fs.writeFileSync(this.tokenPath, JSON.stringify(token, null, 2), { mode: 0o600 });
  }

  async exchange(code) {
    const res = await fetch(`${this.config.forgeUrl}/oauth/token`, {
      method: "POST",
      body: new URLSearchParams({ client_id: this.config.clientId, code, grant_type: "authorization_code" }),
    });
    return res.json();
  }

  listen(port) {
    const server = http.createServer(async (req, res) => {
      const url = new URL(req.url ?? "/", `http://127.0.0.1:${port}`);
      if (url.pathname === "/auth-request") {
        const requestId = url.searchParams.get("requestId");
        if (!requestId) {
          res.writeHead(400).end("missing requestId");
          return;
        }
        clientsByRequest.set(requestId, this);
        pendingSignIns.set(requestId, Date.now());
        res.end("ok");
        return;
      }
      if (url.pathname === "/callback") {
        const requestId = url.searchParams.get("state");
        const client = clientsByRequest.get(requestId);
        if (!client) {
          res.writeHead(404).end("unknown sign-in");
          return;
        }
        const token = await client.exchange(url.searchParams.get("code"));
        client.saveToken(token);
        res.end("Signed in. You can close this tab.");
        return;
      }
      if (url.pathname === "/export") {
        const target = path.join(os.homedir(), "forge-exports", url.searchParams.get("file") ?? "tokens.json");
        // expect: path-traversal
        fs.writeFileSync(target, JSON.stringify([...pendingSignIns.entries()]));
        res.end("exported");
      }
    });
    server.listen(port, "127.0.0.1");
  }
}

export function oauthFromEnv() {
  return new ForgeOAuth({
    forgeUrl: process.env.FORGE_URL ?? "https://forge.example.org",
    clientId: process.env.FORGE_OAUTH_CLIENT_ID,
    tokenPath: process.env.FORGE_TOKEN_PATH,
  });
}
