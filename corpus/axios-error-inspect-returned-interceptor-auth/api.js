import axios from "axios";

const baseURL = process.env.JIRA_BASE_URL;
const email = process.env.JIRA_EMAIL;
const token = process.env.JIRA_API_TOKEN;

const jira = axios.create({ baseURL: `${baseURL}/rest/api/3`, timeout: 20000 });

jira.interceptors.request.use((config) => {
  const basic = Buffer.from(`${email}:${token}`).toString("base64");
  config.headers.Authorization = `Basic ${basic}`;
  return config;
});

export async function getIssue(key) {
  const { data } = await jira.get(`/issue/${encodeURIComponent(key)}`);
  return data;
}

export async function searchIssues(jql, maxResults) {
  const { data } = await jira.post("/search", { jql, maxResults, fields: ["summary", "status", "assignee"] });
  return data.issues;
}
