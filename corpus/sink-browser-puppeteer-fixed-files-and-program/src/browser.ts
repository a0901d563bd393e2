import puppeteer, { type Browser, type Page } from "puppeteer";

export interface LaunchOptions {
  headful?: boolean;
  args?: string[];
}

export class BrowserSession {
  private browser?: Browser;
  private page?: Page;

  async start(options: LaunchOptions = {}): Promise<void> {
    // ok: command-injection
    this.browser = await puppeteer.launch({
      headless: !options.headful,
      executablePath: process.env.CHROME_PATH,
      args: options.args ?? [],
    });
    this.page = await this.browser.newPage();
  }

  async current(): Promise<Page> {
    if (!this.page) await this.start();
    return this.page!;
  }
}
