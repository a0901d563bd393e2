let latest;

export async function checkForUpdate(version) {
  if (latest === undefined) latest = process.env.RELEASE_MCP_LATEST ?? version;
  return latest === version ? "" : `release-mcp ${latest} is available (you have ${version})`;
}
