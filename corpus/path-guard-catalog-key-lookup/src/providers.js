// The providers this server knows how to link, by key.
export const PROVIDERS = {
  slack: { title: "Slack", fields: ["token"] },
  teams: { title: "Microsoft Teams", fields: ["tenant", "secret"] },
  matrix: { title: "Matrix", fields: ["homeserver", "token"] },
};
