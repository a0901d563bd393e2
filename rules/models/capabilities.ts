// What a tool can do, as data: library APIs and the capability reaching them
// gives (matched with `apiMatches` against the APIs a handler can reach).
// `db-sql` rows are query APIs whose capability depends on the SQL verb of
// the constant SQL text the handler sends (SELECT reads, DELETE deletes); a
// handler that sends SQL it does not pin can do all three.
import type { Capability } from "../../analyzer/types.js";

export interface CapabilityRow {
  package: string;
  path: string;
  capability: Capability | "db-sql";
  note?: string;
  /**
   * Only the call itself: what the call returns (a promise of nothing or of a
   * path) writes nothing, so a use of it (`.then`, a property of a result
   * object built around it) is not this capability; the call has its own key.
   */
  onlyTheCall?: true;
}

const FS_READ = ["readFile", "readFileSync", "createReadStream", "readdir", "readdirSync", "opendir", "opendirSync", "stat", "statSync", "lstat", "lstatSync", "access", "accessSync", "exists", "existsSync", "realpath", "realpathSync", "readlink", "readlinkSync", "watch", "watchFile", "glob", "globSync"];
const FS_WRITE = ["writeFile", "writeFileSync", "appendFile", "appendFileSync", "createWriteStream", "mkdir", "mkdirSync", "mkdtemp", "mkdtempSync", "copyFile", "copyFileSync", "cp", "cpSync", "rename", "renameSync", "symlink", "symlinkSync", "link", "linkSync", "chmod", "chmodSync", "chown", "chownSync", "truncate", "truncateSync", "utimes", "utimesSync"];
/**
 * The write APIs (fs, fs/promises, fs-extra, mkdirp) that only create a folder:
 * one that exists is left as it is, so they change no file there is.
 */
export const FOLDER_CREATING: ReadonlySet<string> = new Set(["mkdir", "mkdirSync", "ensureDir", "ensureDirSync", "mkdirp", "mkdirpSync", "mkdirs", "mkdirsSync"]);
const FS_DELETE = ["unlink", "unlinkSync", "rm", "rmSync", "rmdir", "rmdirSync"];

/** The writes whose result writes too: a stream the code writes into later (`log.write(line)`). */
const FS_WRITERS = ["createWriteStream"];

function fsRows(pkg: string, prefix: string): CapabilityRow[] {
  return [
    { package: pkg, path: `${prefix}Member[${FS_READ.join(",")}]`, capability: "fs-read" },
    { package: pkg, path: `${prefix}Member[${FS_WRITE.filter((w) => !FS_WRITERS.includes(w)).join(",")}]`, capability: "fs-write", onlyTheCall: true },
    { package: pkg, path: `${prefix}Member[${FS_WRITERS.join(",")}]`, capability: "fs-write" },
    { package: pkg, path: `${prefix}Member[${FS_DELETE.join(",")}]`, capability: "fs-delete", onlyTheCall: true },
  ];
}

const HTTP_SEND = "post,put,patch,delete,request";

export const CAPABILITY_ROWS: CapabilityRow[] = [
  ...fsRows("fs", ""),
  ...fsRows("fs", "Member[promises]."),
  ...fsRows("fs/promises", ""),
  ...fsRows("fs-extra", ""),
  ...fsRows("graceful-fs", ""),
  { package: "fs-extra", path: "Member[readJson,readJsonSync,readJSON,pathExists,pathExistsSync]", capability: "fs-read" },
  { package: "fs-extra", path: "Member[outputFile,outputFileSync,outputJson,outputJsonSync,writeJson,writeJsonSync,ensureDir,ensureDirSync,ensureFile,mkdirp,mkdirs,copy,copySync,move,moveSync]", capability: "fs-write" },
  { package: "fs-extra", path: "Member[remove,removeSync,emptyDir,emptyDirSync]", capability: "fs-delete" },
  { package: "rimraf", path: "", capability: "fs-delete", note: "rimraf deletes trees" },
  { package: "del", path: "", capability: "fs-delete" },
  { package: "trash", path: "", capability: "fs-delete" },
  { package: "glob", path: "", capability: "fs-read" },
  { package: "fast-glob", path: "", capability: "fs-read" },
  { package: "simple-git", path: "", capability: "process-exec", note: "simple-git runs the git binary" },

  { package: "child_process", path: "Member[exec,execSync,execFile,execFileSync,spawn,spawnSync,fork]", capability: "process-exec" },
  { package: "execa", path: "", capability: "process-exec" },
  { package: "cross-spawn", path: "", capability: "process-exec" },
  { package: "shelljs", path: "Member[exec]", capability: "process-exec" },
  { package: "zx", path: "", capability: "process-exec" },
  { package: "node-pty", path: "Member[spawn]", capability: "process-exec" },

  { package: "global", path: "Member[fetch]", capability: "network-read", note: "the method is in the options; a GET reads" },
  { package: "axios", path: "Member[get,head,options]", capability: "network-read" },
  { package: "axios", path: `Member[${HTTP_SEND}]`, capability: "network-send" },
  { package: "axios", path: "Member[create].ReturnValue.Member[get,head,options]", capability: "network-read" },
  { package: "axios", path: `Member[create].ReturnValue.Member[${HTTP_SEND}]`, capability: "network-send" },
  { package: "axios", path: "", capability: "network-read", note: "axios(config) and anything else: at least a request" },
  { package: "node-fetch", path: "", capability: "network-read" },
  { package: "undici", path: "Member[fetch,request]", capability: "network-read" },
  { package: "got", path: "Member[get]", capability: "network-read" },
  { package: "got", path: `Member[${HTTP_SEND}]`, capability: "network-send" },
  { package: "got", path: "", capability: "network-read" },
  { package: "superagent", path: "", capability: "network-read" },
  { package: "http", path: "Member[get]", capability: "network-read" },
  { package: "https", path: "Member[get]", capability: "network-read" },
  { package: "http", path: "Member[request]", capability: "network-send" },
  { package: "https", path: "Member[request]", capability: "network-send" },
  { package: "net", path: "Member[connect,createConnection,Socket]", capability: "network-send" },
  { package: "tls", path: "Member[connect]", capability: "network-send" },
  { package: "dgram", path: "Member[createSocket]", capability: "network-send" },
  { package: "ws", path: "", capability: "network-send" },
  { package: "nodemailer", path: "Member[createTransport].ReturnValue.Member[sendMail]", capability: "network-send" },
  { package: "imapflow", path: "", capability: "network-read", note: "reads mail from an IMAP server" },
  { package: "imap", path: "", capability: "network-read" },
  { package: "@slack/web-api", path: "", capability: "network-send" },
  { package: "@octokit/rest", path: "", capability: "network-read" },
  { package: "puppeteer", path: "", capability: "network-read", note: "a browser loads pages" },
  { package: "playwright", path: "", capability: "network-read" },

  { package: "global", path: "Member[process].Member[env]", capability: "env-read" },
  { package: "dotenv", path: "Member[config]", capability: "env-read" },
  { package: "keytar", path: "", capability: "credential-access" },

  { package: "pg", path: "", capability: "db-sql" },
  { package: "mysql", path: "", capability: "db-sql" },
  { package: "mysql2", path: "", capability: "db-sql" },
  { package: "mysql2/promise", path: "", capability: "db-sql" },
  { package: "better-sqlite3", path: "", capability: "db-sql" },
  { package: "sqlite3", path: "", capability: "db-sql" },
  { package: "sqlite", path: "", capability: "db-sql" },
  { package: "postgres", path: "", capability: "db-sql" },
  { package: "mssql", path: "", capability: "db-sql" },
  { package: "@neondatabase/serverless", path: "", capability: "db-sql" },
  { package: "@libsql/client", path: "", capability: "db-sql" },
  { package: "knex", path: "", capability: "db-sql" },
  { package: "@prisma/client", path: "Member[PrismaClient].Instance.AnyMember.Member[findMany,findUnique,findFirst,findUniqueOrThrow,findFirstOrThrow,count,aggregate,groupBy]", capability: "db-read" },
  { package: "@prisma/client", path: "Member[PrismaClient].Instance.AnyMember.Member[create,createMany,update,updateMany,upsert]", capability: "db-write" },
  { package: "@prisma/client", path: "Member[PrismaClient].Instance.AnyMember.Member[delete,deleteMany]", capability: "db-delete" },
  { package: "@prisma/client", path: "Member[PrismaClient].Instance.Member[$queryRaw,$queryRawUnsafe,$executeRaw,$executeRawUnsafe]", capability: "db-sql" },
  { package: "mongodb", path: "Member[MongoClient].Instance.Member[db].ReturnValue.Member[collection].ReturnValue.Member[find,findOne,aggregate,countDocuments,distinct]", capability: "db-read" },
  { package: "mongodb", path: "Member[MongoClient].Instance.Member[db].ReturnValue.Member[collection].ReturnValue.Member[insertOne,insertMany,updateOne,updateMany,replaceOne,bulkWrite,findOneAndUpdate]", capability: "db-write" },
  { package: "mongodb", path: "Member[MongoClient].Instance.Member[db].ReturnValue.Member[collection].ReturnValue.Member[deleteOne,deleteMany,drop,findOneAndDelete]", capability: "db-delete" },
  { package: "mongoose", path: "Member[model].ReturnValue.Member[find,findOne,findById,countDocuments,aggregate]", capability: "db-read" },
  { package: "mongoose", path: "Member[model].ReturnValue.Member[create,insertMany,updateOne,updateMany,findByIdAndUpdate,findOneAndUpdate]", capability: "db-write" },
  { package: "mongoose", path: "Member[model].ReturnValue.Member[deleteOne,deleteMany,findByIdAndDelete,findOneAndDelete]", capability: "db-delete" },
  { package: "redis", path: "", capability: "db-read" },
  { package: "ioredis", path: "", capability: "db-read" },
];

/** Env var names that name a credential (the rest is configuration). */
export const CREDENTIAL_ENV = /(TOKEN|SECRET|PASSWORD|PASSWD|PASS|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|AUTH|CREDENTIALS?|COOKIE|SESSION)/i;

/** APIs that bring outside, attacker-writable content into the model's context. */
export interface IngestRow {
  package: string;
  path: string;
  what: string;
}

export const INGEST_ROWS: IngestRow[] = [
  { package: "puppeteer", path: "", what: "web pages (browser)" },
  { package: "puppeteer-core", path: "", what: "web pages (browser)" },
  { package: "playwright", path: "", what: "web pages (browser)" },
  { package: "playwright-core", path: "", what: "web pages (browser)" },
  { package: "@mozilla/readability", path: "", what: "web pages" },
  { package: "turndown", path: "", what: "web pages (HTML to Markdown)" },
  // Scraping services: the page is fetched by the vendor, its text still comes back to the model.
  { package: "firecrawl", path: "", what: "web pages (Firecrawl)" },
  { package: "@mendable/firecrawl-js", path: "", what: "web pages (Firecrawl)" },
  { package: "rss-parser", path: "", what: "RSS feeds" },
  { package: "imapflow", path: "", what: "mail" },
  { package: "imap", path: "", what: "mail" },
  { package: "node-imap", path: "", what: "mail" },
  { package: "mailparser", path: "", what: "mail" },
  { package: "googleapis", path: "Member[gmail]", what: "mail (Gmail)" },
  { package: "@octokit/rest", path: "Member[Octokit].Instance.Member[issues,pulls]", what: "issues and pull requests" },
  { package: "@octokit/rest", path: "Member[Octokit].Instance.Member[rest].Member[issues,pulls]", what: "issues and pull requests" },
  { package: "octokit", path: "Member[Octokit].Instance.Member[rest].Member[issues,pulls]", what: "issues and pull requests" },
  { package: "@linear/sdk", path: "", what: "issues (Linear)" },
  { package: "jira-client", path: "", what: "issues (Jira)" },
  { package: "@slack/web-api", path: "Member[WebClient].Instance.Member[conversations]", what: "chat messages (Slack)" },
  { package: "discord.js", path: "", what: "chat messages (Discord)" },
];
