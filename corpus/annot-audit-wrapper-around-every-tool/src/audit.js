// One line per call, whatever the tool; the file rolls over when it grows.
import { appendFile, rename, stat } from "node:fs/promises";

export class AuditTrail {
  constructor(file) {
    this.file = file;
  }
  async rollOver() {
    const info = await stat(this.file).catch(() => null);
    if (info && info.size > 1_000_000) await rename(this.file, `${this.file}.old`);
  }
  async record(tool, ok) {
    await this.rollOver();
    await appendFile(this.file, `${new Date().toISOString()} ${tool} ${ok ? "ok" : "failed"}\n`);
  }
}
