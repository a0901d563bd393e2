import https from "node:https";

// Follows redirects with the session token still attached: wherever the
// server redirects, the token goes too.
export function downloadExport(url, hops = 0) {
  return new Promise((resolve, reject) => {
    const headers = { Authorization: `Session ${process.env.NOTESHUB_SESSION_TOKEN}` };
    https.get(url, { headers }, (res) => { // expect: credential-exfiltration (medium)
      if (res.statusCode >= 300 && res.statusCode < 400 && res.headers.location && hops < 3) {
        res.resume();
        downloadExport(res.headers.location, hops + 1).then(resolve, reject);
        return;
      }
      const chunks = [];
      res.on("data", (c) => chunks.push(c));
      res.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    }).on("error", reject);
  });
}
