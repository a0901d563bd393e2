// Browser automation (Puppeteer, Playwright and their forks): the calls where
// a value becomes a local file the browser sends to a page, a file the browser
// writes, or the program and arguments it starts.
//
// Pages, frames, locators and element handles are reached through many chains
// (`launch().newPage()`, `context.pages()[0]`, a page kept in a class field), so
// rows name the method on `AnyPath` of the package: these method names belong
// to the browser objects alone.
import type { LibraryModel, SinkRow } from "../../analyzer/taint/spec.js";
import { FILE_WRITE_KIND } from "./file-writes.js";

/** A local file handed to a page: the same call is also a `path-traversal` sink (which file is read). */
export const FILE_UPLOAD_KIND = "file-upload";
/** Where a page is navigated (`page.goto(url)`): the page a file upload goes to. No rule reports it on its own. */
export const BROWSER_NAVIGATION_KIND = "browser-navigation";

/** Packages with the Puppeteer or the Playwright API. */
export const BROWSER_PACKAGES = [
  "puppeteer", "puppeteer-core", "puppeteer-extra", "rebrowser-puppeteer", "rebrowser-puppeteer-core",
  "playwright", "playwright-core", "playwright-chromium", "playwright-firefox", "playwright-webkit", "@playwright/test", "patchright", "patchright-core",
];

/** Objects whose `setInputFiles(files)` takes the files first: Playwright locators and element handles. */
const LOCATORS = "locator,getByRole,getByLabel,getByText,getByTestId,getByPlaceholder,getByTitle,getByAltText,first,last,nth,filter,and,or,$,waitForSelector,querySelector,elementHandle";
/** Objects whose `setInputFiles(selector, files)` takes a selector first: pages and frames. */
const PAGES = "newPage,page,mainFrame,frame,frameLocator,contentFrame";

function rows(pkg: string): SinkRow[] {
  const sink = (path: string, kind: string, destination: string, note: string): SinkRow => ({ package: pkg, path: `AnyPath.${path}`, kind, destination, note });
  // A local file handed to a page: read here, sent to whatever the page is (a file read that leaves the machine).
  const upload = (path: string, argument: string, note: string): SinkRow[] => [
    sink(`${path}.${argument}`, "path-traversal", argument, note),
    sink(`${path}.${argument}`, FILE_UPLOAD_KIND, argument, note),
  ];
  return [
    ...upload("Member[uploadFile]", "Argument[0..]", "Puppeteer elementHandle.uploadFile(...paths) sends these local files to the page"),
    ...upload(`Member[${LOCATORS}].ReturnValue.Member[setInputFiles]`, "Argument[0]", "Playwright locator.setInputFiles(files) sends these local files to the page"),
    ...upload(`Member[${PAGES}].ReturnValue.Member[setInputFiles]`, "Argument[1]", "Playwright page.setInputFiles(selector, files) sends these local files to the page"),
    ...upload("Member[waitForFileChooser].ReturnValue.Member[accept]", "Argument[0]", "Puppeteer fileChooser.accept(paths) sends these local files to the page"),
    ...upload("Member[waitForEvent].ReturnValue.Member[setFiles]", "Argument[0]", "Playwright fileChooser.setFiles(files) sends these local files to the page"),
    sink(`Member[${PAGES}].ReturnValue.Member[goto].Argument[0]`, BROWSER_NAVIGATION_KIND, "Argument[0]", "page.goto(url): the page later calls act on"),

    // Files the browser writes.
    sink("Member[pdf,screenshot].Argument[0].Member[path]", "path-traversal", "Argument[0].Member[path]", "page.pdf / screenshot({ path }) writes the file at path"),
    sink("Member[pdf,screenshot].Argument[0]", FILE_WRITE_KIND, "Argument[0].Member[path]", "page.pdf / screenshot({ path }) writes the file at path"),
    sink("Member[saveAs].Argument[0]", "path-traversal", "Argument[0]", "Playwright download.saveAs(path) / video.saveAs(path) writes the file at path"),
    sink("Member[storageState].Argument[0].Member[path]", "path-traversal", "Argument[0].Member[path]", "context.storageState({ path }) writes the session's cookies to path"),

    // The browser process: the program and its command line.
    sink("Member[launch,launchServer].Argument[0].Member[executablePath]", "command-injection", "Argument[0].Member[executablePath]", "launch({ executablePath }) starts this program"),
    sink("Member[launch,launchServer].Argument[0].Member[args]", "command-argument", "Argument[0].Member[executablePath]", "launch({ args }): the browser's command line (Chromium has options that run a command)"),
    sink("Member[launchPersistentContext].Argument[1].Member[executablePath]", "command-injection", "Argument[1].Member[executablePath]", "launchPersistentContext(dir, { executablePath }) starts this program"),
    sink("Member[launchPersistentContext].Argument[1].Member[args]", "command-argument", "Argument[1].Member[executablePath]", "launchPersistentContext(dir, { args }): the browser's command line"),
    sink("Member[launchPersistentContext].Argument[0]", "path-traversal", "Argument[0]", "launchPersistentContext(userDataDir): the profile folder the browser reads and writes"),
  ];
}

export const browserModel: LibraryModel = { sinks: BROWSER_PACKAGES.flatMap(rows) };
