function loadSettings() {
  return {
    apiKey: process.env.AIRTABLE_API_KEY,
    baseId: process.env.AIRTABLE_BASE_ID,
    timeoutMs: Number(process.env.AIRTABLE_TIMEOUT_MS ?? 15000),
    logLevel: process.env.LOG_LEVEL ?? "info",
  };
}

module.exports = { loadSettings };
