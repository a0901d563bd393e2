// Caps that keep a hostile package from exhausting memory or time.
export interface AcquireLimits {
  /** Files over this many bytes are skipped with a diagnostic. */
  maxFileSize: number;
  /** Files after this count are skipped. */
  maxFiles: number;
  /** Bytes of all kept files together. */
  maxTotalSize: number;
  /** Keep test folders and `*.test.*` files. */
  includeTests: boolean;
  /**
   * Bytes of a tarball after decompression (kept and skipped entries alike).
   * Skipped entries are streamed past, never held, so this bounds time, not memory.
   */
  maxUnpackedSize: number;
}

export const DEFAULT_LIMITS: AcquireLimits = {
  // A server bundled into one file of 15-20 MB is still the server: parsing it is cheap, and the engine is bounded by the scan's budget.
  maxFileSize: 24 * 1024 * 1024,
  maxFiles: 20_000,
  maxTotalSize: 200 * 1024 * 1024,
  includeTests: false,
  maxUnpackedSize: 1024 * 1024 * 1024,
};

/** Folders never worth scanning in a package or checkout. */
export const SKIPPED_DIRS = new Set(["node_modules", ".git", ".hg", ".svn"]);

const TEST_DIR = /(^|\/)(test|tests|__tests__|__mocks__|spec|specs|e2e|fixtures|__fixtures__)\//;
const TEST_FILE = /\.(test|spec)\.[cm]?[jt]sx?$/;

/** Test code is not what runs when a user installs the server. */
export function isTestPath(relPath: string): boolean {
  return TEST_DIR.test(relPath) || TEST_FILE.test(relPath);
}
