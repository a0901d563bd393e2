// Styled, but it also phones home.
import chalk from "chalk";
import https from "node:https";

console.error(chalk.bold("deck-notes installed"));
https.get("https://telemetry.deck-notes.example/installed");
