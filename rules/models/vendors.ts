// Which service a credential belongs to, from its name, and which hosts are
// that service's. Sending GITHUB_TOKEN to api.github.com is what the token is
// for; sending it anywhere else is the question credential-exfiltration asks.
import { nameWords } from "./secret-names.js";
import { boundedMemo } from "../../analyzer/memo.js";

export interface Vendor {
  name: string;
  /** Words (or `A_B` word runs) in an env name that point at the vendor: `GITHUB` in `MY_GITHUB_TOKEN`. */
  words: string[];
  /** Registrable domains; subdomains belong too. */
  domains: string[];
  /**
   * Code hosts whose software organisations also run on their own servers
   * (GitHub Enterprise Server, GitLab self-managed, Bitbucket Data Center):
   * the server a package's own repository lives on is such an instance, and
   * the vendor's token is that instance's.
   */
  hostsRepositories?: boolean;
  /**
   * The shortest token the vendor issues, when all of them are long (a
   * Graph API user token is a couple of hundred characters): a leading slice
   * of a few dozen characters leaves most of it unknown.
   */
  minTokenLength?: number;
}

export const VENDORS: readonly Vendor[] = [
  { name: "GitHub", words: ["GITHUB", "GH"], domains: ["github.com", "githubusercontent.com", "ghe.com", "githubcopilot.com"], hostsRepositories: true },
  { name: "GitLab", words: ["GITLAB"], domains: ["gitlab.com"], hostsRepositories: true },
  { name: "Bitbucket", words: ["BITBUCKET"], domains: ["bitbucket.org", "atlassian.com"], hostsRepositories: true },
  { name: "Atlassian", words: ["ATLASSIAN", "JIRA", "CONFLUENCE"], domains: ["atlassian.net", "atlassian.com", "jira.com"] },
  { name: "OpenAI", words: ["OPENAI"], domains: ["openai.com", "openai.azure.com"] },
  { name: "Anthropic", words: ["ANTHROPIC", "CLAUDE"], domains: ["anthropic.com", "claude.ai"] },
  { name: "Google", words: ["GOOGLE", "GEMINI", "GCP", "GCLOUD", "YOUTUBE", "GMAIL", "VERTEX", "FIREBASE"], domains: ["googleapis.com", "google.com", "gmail.com", "youtube.com", "firebaseio.com", "firebaseapp.com", "googleusercontent.com"] },
  { name: "Microsoft Azure", words: ["AZURE", "MICROSOFT", "MSGRAPH", "OUTLOOK", "TEAMS", "BING", "ONEDRIVE", "SHAREPOINT"], domains: ["azure.com", "microsoft.com", "microsoftonline.com", "windows.net", "office.com", "office365.com", "azure-api.net", "sharepoint.com", "live.com", "bing.com", "visualstudio.com"] },
  { name: "AWS", words: ["AWS", "AMAZON", "BEDROCK", "S3"], domains: ["amazonaws.com", "amazon.com", "aws.dev"] },
  { name: "Slack", words: ["SLACK"], domains: ["slack.com"] },
  { name: "Discord", words: ["DISCORD"], domains: ["discord.com", "discordapp.com"] },
  { name: "Telegram", words: ["TELEGRAM", "TG"], domains: ["telegram.org"] },
  { name: "Notion", words: ["NOTION"], domains: ["notion.com", "notion.so"] },
  { name: "Stripe", words: ["STRIPE"], domains: ["stripe.com"] },
  { name: "Linear", words: ["LINEAR"], domains: ["linear.app"] },
  { name: "Tavily", words: ["TAVILY"], domains: ["tavily.com"] },
  { name: "Exa", words: ["EXA"], domains: ["exa.ai"] },
  { name: "Firecrawl", words: ["FIRECRAWL"], domains: ["firecrawl.dev"] },
  { name: "Brave Search", words: ["BRAVE"], domains: ["brave.com"] },
  { name: "Supabase", words: ["SUPABASE"], domains: ["supabase.co", "supabase.com", "supabase.in"] },
  { name: "Sentry", words: ["SENTRY"], domains: ["sentry.io"] },
  { name: "Postmark", words: ["POSTMARK"], domains: ["postmarkapp.com"] },
  { name: "SendGrid", words: ["SENDGRID"], domains: ["sendgrid.com", "sendgrid.net"] },
  { name: "Twilio", words: ["TWILIO"], domains: ["twilio.com"] },
  { name: "Mailgun", words: ["MAILGUN"], domains: ["mailgun.net", "mailgun.com", "mailgun.org"] },
  { name: "Resend", words: ["RESEND"], domains: ["resend.com", "resend.dev"] },
  { name: "Mistral", words: ["MISTRAL"], domains: ["mistral.ai"] },
  { name: "Groq", words: ["GROQ"], domains: ["groq.com"] },
  { name: "Perplexity", words: ["PERPLEXITY", "PPLX"], domains: ["perplexity.ai"] },
  { name: "Cohere", words: ["COHERE"], domains: ["cohere.ai", "cohere.com"] },
  { name: "Hugging Face", words: ["HUGGINGFACE", "HUGGING_FACE", "HF"], domains: ["huggingface.co", "hf.co"] },
  { name: "Replicate", words: ["REPLICATE"], domains: ["replicate.com"] },
  { name: "Together AI", words: ["TOGETHER"], domains: ["together.xyz", "together.ai"] },
  { name: "Fireworks AI", words: ["FIREWORKS"], domains: ["fireworks.ai"] },
  { name: "DeepSeek", words: ["DEEPSEEK"], domains: ["deepseek.com"] },
  { name: "xAI", words: ["XAI", "GROK"], domains: ["x.ai"] },
  { name: "OpenRouter", words: ["OPENROUTER"], domains: ["openrouter.ai"] },
  { name: "ElevenLabs", words: ["ELEVENLABS", "ELEVEN_LABS"], domains: ["elevenlabs.io"] },
  { name: "Cloudflare", words: ["CLOUDFLARE", "CF"], domains: ["cloudflare.com"] },
  { name: "Vercel", words: ["VERCEL"], domains: ["vercel.com"] },
  { name: "Netlify", words: ["NETLIFY"], domains: ["netlify.com"] },
  { name: "Heroku", words: ["HEROKU"], domains: ["heroku.com"] },
  { name: "DigitalOcean", words: ["DIGITALOCEAN", "DIGITAL_OCEAN"], domains: ["digitalocean.com"] },
  { name: "Fly.io", words: ["FLY"], domains: ["fly.io"] },
  { name: "Render", words: ["RENDER"], domains: ["render.com"] },
  { name: "Railway", words: ["RAILWAY"], domains: ["railway.app", "railway.com"] },
  { name: "Neon", words: ["NEON"], domains: ["neon.tech"] },
  { name: "PlanetScale", words: ["PLANETSCALE"], domains: ["planetscale.com"] },
  { name: "MongoDB Atlas", words: ["ATLAS", "MONGODB"], domains: ["mongodb.com", "mongodb.net"] },
  { name: "Pinecone", words: ["PINECONE"], domains: ["pinecone.io"] },
  { name: "Qdrant", words: ["QDRANT"], domains: ["qdrant.io", "qdrant.tech"] },
  { name: "Weaviate", words: ["WEAVIATE"], domains: ["weaviate.io", "weaviate.network", "weaviate.cloud"] },
  { name: "Upstash", words: ["UPSTASH"], domains: ["upstash.io", "upstash.com"] },
  { name: "Airtable", words: ["AIRTABLE"], domains: ["airtable.com"] },
  { name: "Asana", words: ["ASANA"], domains: ["asana.com"] },
  { name: "Trello", words: ["TRELLO"], domains: ["trello.com"] },
  { name: "ClickUp", words: ["CLICKUP"], domains: ["clickup.com"] },
  { name: "monday.com", words: ["MONDAY"], domains: ["monday.com"] },
  { name: "HubSpot", words: ["HUBSPOT"], domains: ["hubapi.com", "hubspot.com"] },
  { name: "Salesforce", words: ["SALESFORCE", "SFDC"], domains: ["salesforce.com", "force.com"] },
  { name: "Zendesk", words: ["ZENDESK"], domains: ["zendesk.com"] },
  { name: "Intercom", words: ["INTERCOM"], domains: ["intercom.io", "intercom.com"] },
  { name: "Shopify", words: ["SHOPIFY"], domains: ["shopify.com", "myshopify.com"] },
  { name: "Figma", words: ["FIGMA"], domains: ["figma.com"] },
  // WhatsApp keys are left out: many belong to third-party gateways, not to the Graph API.
  { name: "Meta", words: ["META", "FACEBOOK", "FB", "INSTAGRAM"], domains: ["facebook.com", "fb.com", "instagram.com", "meta.com"], minTokenLength: 100 },
  { name: "Dropbox", words: ["DROPBOX"], domains: ["dropboxapi.com", "dropbox.com"] },
  { name: "Spotify", words: ["SPOTIFY"], domains: ["spotify.com"] },
  { name: "X (Twitter)", words: ["TWITTER"], domains: ["twitter.com", "x.com"] },
  { name: "Reddit", words: ["REDDIT"], domains: ["reddit.com"] },
  { name: "Todoist", words: ["TODOIST"], domains: ["todoist.com"] },
  { name: "Datadog", words: ["DATADOG", "DD"], domains: ["datadoghq.com", "datadoghq.eu"] },
  { name: "New Relic", words: ["NEWRELIC", "NEW_RELIC"], domains: ["newrelic.com", "nr-data.net"] },
  { name: "PagerDuty", words: ["PAGERDUTY"], domains: ["pagerduty.com"] },
  { name: "Grafana", words: ["GRAFANA"], domains: ["grafana.net", "grafana.com"] },
  { name: "Algolia", words: ["ALGOLIA"], domains: ["algolia.net", "algolianet.com", "algolia.io"] },
  { name: "Mapbox", words: ["MAPBOX"], domains: ["mapbox.com"] },
  { name: "SerpApi", words: ["SERPAPI"], domains: ["serpapi.com"] },
  { name: "Serper", words: ["SERPER"], domains: ["serper.dev"] },
  { name: "Jina AI", words: ["JINA"], domains: ["jina.ai"] },
  { name: "Browserbase", words: ["BROWSERBASE"], domains: ["browserbase.com"] },
  { name: "Apify", words: ["APIFY"], domains: ["apify.com"] },
  { name: "Kagi", words: ["KAGI"], domains: ["kagi.com"] },
  { name: "PostHog", words: ["POSTHOG"], domains: ["posthog.com"] },
  { name: "Segment", words: ["SEGMENT"], domains: ["segment.io", "segment.com"] },
  { name: "Mixpanel", words: ["MIXPANEL"], domains: ["mixpanel.com"] },
  { name: "Auth0", words: ["AUTH0"], domains: ["auth0.com"] },
  { name: "Okta", words: ["OKTA"], domains: ["okta.com", "oktapreview.com"] },
  { name: "Clerk", words: ["CLERK"], domains: ["clerk.com", "clerk.dev"] },
  { name: "Contentful", words: ["CONTENTFUL"], domains: ["contentful.com"] },
  { name: "Sanity", words: ["SANITY"], domains: ["sanity.io"] },
  { name: "Zoom", words: ["ZOOM"], domains: ["zoom.us"] },
  { name: "Snyk", words: ["SNYK"], domains: ["snyk.io"] },
  { name: "Docker Hub", words: ["DOCKERHUB", "DOCKER"], domains: ["docker.com", "docker.io"] },
  { name: "CircleCI", words: ["CIRCLECI"], domains: ["circleci.com"] },
  { name: "PayPal", words: ["PAYPAL"], domains: ["paypal.com"] },
  { name: "Plaid", words: ["PLAID"], domains: ["plaid.com"] },
  { name: "Coinbase", words: ["COINBASE"], domains: ["coinbase.com"] },
  { name: "Alpha Vantage", words: ["ALPHAVANTAGE", "ALPHA_VANTAGE"], domains: ["alphavantage.co"] },
  { name: "OpenWeather", words: ["OPENWEATHER", "OPENWEATHERMAP", "OWM"], domains: ["openweathermap.org"] },
  { name: "Twitch", words: ["TWITCH"], domains: ["twitch.tv"] },
  { name: "LangSmith", words: ["LANGSMITH", "LANGCHAIN"], domains: ["langchain.com"] },
  { name: "Langfuse", words: ["LANGFUSE"], domains: ["langfuse.com"] },
  { name: "Voyage AI", words: ["VOYAGE"], domains: ["voyageai.com"] },
  { name: "Deepgram", words: ["DEEPGRAM"], domains: ["deepgram.com"] },
  { name: "AssemblyAI", words: ["ASSEMBLYAI"], domains: ["assemblyai.com"] },
  { name: "Stability AI", words: ["STABILITY"], domains: ["stability.ai"] },
  { name: "Bright Data", words: ["BRIGHTDATA", "BRIGHT_DATA"], domains: ["brightdata.com"] },
];

/** The vendors an env name points at (`OPENAI_API_KEY` → OpenAI). Remembered: the credential rules ask for every flow of a credential. */
export const vendorsOf: (credential: string) => readonly Vendor[] = boundedMemo((credential: string) => {
  const joined = `_${nameWords(credential).join("_")}_`;
  return VENDORS.filter((v) => v.words.some((w) => joined.includes(`_${w}_`)));
});

/** True when `host` is `domain` or one of its subdomains. */
export function hostIsWithin(host: string, domain: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, "");
  const d = domain.toLowerCase();
  return h === d || h.endsWith(`.${d}`);
}

/** The vendor whose domains contain `host`, if any. */
export function vendorOfHost(host: string): Vendor | undefined {
  return VENDORS.find((v) => v.domains.some((d) => hostIsWithin(host, d)));
}

/** Two-letter-TLD registries that sell names one level down (`example.co.uk`). */
const SECOND_LEVEL = new Set(["co", "com", "org", "net", "gov", "ac", "edu", "or", "ne", "go"]);

/** `api.eu.example.co.uk` → `example.co.uk`; good enough to compare hosts, not a public-suffix list. */
export function registrableDomain(host: string): string {
  const labels = host.toLowerCase().replace(/\.$/, "").split(".");
  if (labels.length <= 2) return labels.join(".");
  const tld = labels[labels.length - 1];
  const sld = labels[labels.length - 2];
  const take = tld.length === 2 && SECOND_LEVEL.has(sld) ? 3 : 2;
  return labels.slice(-take).join(".");
}
