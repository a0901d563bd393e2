// A tip from a library that is not a text styler: its code is not read here.
import chalk from "chalk";
import { tipOfTheDay } from "tip-of-the-day";

console.error(chalk.green(tipOfTheDay()));
