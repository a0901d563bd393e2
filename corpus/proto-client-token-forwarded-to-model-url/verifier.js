// Checks the client's access token at the vendor's introspection endpoint.
export const verifier = {
  async verifyAccessToken(token) {
    const res = await fetch("https://auth.acmeweather.com/oauth/introspect", { method: "POST", body: new URLSearchParams({ token }) });
    const info = await res.json();
    if (!info.active) throw new Error("inactive token");
    return { token, clientId: info.client_id, scopes: info.scope.split(" "), expiresAt: info.exp };
  },
};
