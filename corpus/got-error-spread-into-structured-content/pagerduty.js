import got from "got";

export const pd = got.extend({
  prefixUrl: "https://api.pagerduty.com",
  headers: {
    authorization: `Token token=${process.env.PAGERDUTY_API_TOKEN}`,
    accept: "application/vnd.pagerduty+json;version=2",
  },
  responseType: "json",
});
