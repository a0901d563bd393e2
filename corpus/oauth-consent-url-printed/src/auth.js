import { OAuth2Client } from "google-auth-library";

export function makeGoogleClient() {
  return new OAuth2Client({
    clientId: process.env.GOOGLE_CLIENT_ID,
    clientSecret: process.env.GOOGLE_CLIENT_SECRET,
    redirectUri: "http://localhost:4100/oauth2callback",
  });
}

/** The `auth` command: the user opens the consent page in a browser. */
export function printConsentUrl(oauth2Client) {
  const authUrl = oauth2Client.generateAuthUrl({ access_type: "offline", scope: ["https://www.googleapis.com/auth/calendar"] });
  // ok: secret-in-log
  console.log(`Please visit this URL to authorize calendar access: ${authUrl}`);
}
