export function loadSettings() {
  const token = process.env.GITLAB_TOKEN || process.env.FERN_GITLAB_TOKEN;
  if (!token) throw new Error("Create a personal access token on the code server and set GITLAB_TOKEN.");
  return { token, server: "https://code.fernworks.example", project: "design/components" };
}
