import { exec } from "node:child_process";
import { promisify } from "node:util";

const sh = promisify(exec);

async function purgeCache() {
  return "purged";
}

async function deploySite(args) {
  // expect: command-injection
  const { stdout } = await sh(`rsync -a ./public/ deploy@${args.host}:/var/www/`);
  return stdout;
}

async function siteStatus(args) {
  return `status for ${args.host ?? "default"}: ok`;
}

export const opsHandlers = new Map([
  ["purge_cache", purgeCache],
  ["deploy_site", deploySite],
  ["site_status", siteStatus],
]);
