import axios from "axios";

const linear = axios.create({
  baseURL: "https://api.linear.app",
  headers: { Authorization: process.env.LINEAR_API_KEY ?? "" },
});

export async function listIssues({ team }) {
  const { data } = await linear.post("/graphql", {
    query: "query($team: String!) { issues(filter: { team: { key: { eq: $team } } }) { nodes { identifier title } } }",
    variables: { team },
  });
  const nodes = data.data.issues.nodes;
  return { content: [{ type: "text", text: nodes.map((n) => `${n.identifier} ${n.title}`).join("\n") || "no issues" }] };
}
