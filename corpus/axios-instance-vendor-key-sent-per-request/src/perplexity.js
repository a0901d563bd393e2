import axios from "axios";

const PERPLEXITY_API_KEY = process.env.PERPLEXITY_API_KEY;

const perplexity = axios.create({
  baseURL: "https://api.perplexity.ai",
  headers: { Authorization: `Bearer ${PERPLEXITY_API_KEY}` },
});

export async function ask(question) {
  // ok: credential-exfiltration
  const { data } = await perplexity.post("/chat/completions", {
    model: "sonar",
    messages: [{ role: "user", content: question }],
    api_key: PERPLEXITY_API_KEY,
  });
  return data.choices[0].message.content;
}
