// The batch lines of the command line's help; apart so the help loads none of batch.
export const BATCH_USAGE = `  mcp-warden batch <file|spec...> --out <dir> [--concurrency N] [--timeout S] [--max-memory MB] [--since <dir>]
                                  scan many packages, each in its own process; one JSON report per package and
                                  version plus an index (docs/batch-index.md); a rerun skips what is already there`;
