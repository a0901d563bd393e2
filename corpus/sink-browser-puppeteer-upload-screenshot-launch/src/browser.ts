import puppeteer, { type Browser, type Page } from "puppeteer";

export interface LaunchOptions {
  executablePath?: string;
  args?: string[];
}

export class BrowserSession {
  private browser?: Browser;
  private page?: Page;

  async start(options: LaunchOptions = {}): Promise<void> {
    // expect: command-injection (critical)
    this.browser = await puppeteer.launch({
      headless: true,
      executablePath: options.executablePath,
      args: options.args ?? [],
    });
    this.page = await this.browser.newPage();
  }

  async current(): Promise<Page> {
    if (!this.page) await this.start();
    return this.page!;
  }
}
