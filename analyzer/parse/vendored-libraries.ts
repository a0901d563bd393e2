// Libraries copied into a package. A folder named `third_party`, `vendor` or
// `vendors` that carries a library's own papers (a package.json, a LICENSE,
// COPYING or NOTICE file) holds copies of other projects' code: what npm would
// otherwise install under `node_modules/`. Like a bundle's inlined dependency
// files (bundled-modules.ts), it is dependency code the package's own code
// calls into, not the server. A vendor-named folder without such papers may be
// the package's own code (an adapter layer called `vendor`), so the name alone
// is not enough: a file there counts as a copied library only when the folder
// (or the library's own sub-folder) has papers, or when the file opens with a
// library's banner (`@license`, a copyright line).

/** Folder names that packagers use for copied-in libraries. */
const VENDOR_FOLDER = /^(?:third[_-]party|vendor|vendors|vendored)$/i;
/** A library's papers: its manifest, its licence, its notices. */
const LIBRARY_PAPERS = /^(?:package\.json|licen[cs]e|copying|notice|third[_-]party[_-]notices)(?:[._-][\w.-]*)?$/i;
/** A file of code is never papers (`license.js` is code). */
const CODE_FILE = /\.[cm]?[jt]sx?$/i;
/** A leading comment that is a library's banner: the mark must sit inside that comment, not in the code after it. */
const BANNER = /^(?:#![^\n]*\n)?\s*(?:\/\*(?:(?!\*\/)[\s\S])*?(?:@license|@preserve|\bcopyright\b|\(c\)\s*\d{4}|\blicensed under\b)|\/\/[^\n]*(?:@license|\bcopyright\b|\blicensed under\b))/i;
/** How much of a file's start the banner test reads. */
const BANNER_WINDOW = 2000;

/** The vendor folders of a package (as paths, `a/third_party`) that hold a library's papers, directly or in one sub-folder. */
export function vendorFoldersWithPapers(paths: Iterable<string>): Set<string> {
  const folders = new Set<string>();
  for (const path of paths) {
    const parts = path.split("/");
    const name = parts[parts.length - 1];
    if (!LIBRARY_PAPERS.test(name) || CODE_FILE.test(name)) continue;
    // The papers sit in the vendor folder itself or in the library's folder inside it.
    for (const up of [2, 3]) {
      const folder = parts[parts.length - up];
      if (folder !== undefined && VENDOR_FOLDER.test(folder)) folders.add(parts.slice(0, parts.length - up + 1).join("/"));
    }
  }
  return folders;
}

/**
 * The vendor folder a file is a copied library of, or undefined when it is
 * the package's own code: it lies under a vendor-named folder that has papers,
 * or under any vendor-named folder and opens with a library's banner.
 */
export function vendoredLibraryOf(path: string, text: string, foldersWithPapers: ReadonlySet<string>): string | undefined {
  const parts = path.split("/");
  let bannerChecked = false;
  let banner = false;
  for (let i = parts.length - 2; i >= 0; i--) {
    if (!VENDOR_FOLDER.test(parts[i])) continue;
    const folder = parts.slice(0, i + 1).join("/");
    if (foldersWithPapers.has(folder)) return folder;
    if (!bannerChecked) {
      bannerChecked = true;
      banner = BANNER.test(text.slice(0, BANNER_WINDOW));
    }
    if (banner) return folder;
  }
  return undefined;
}
