export class ConsoleLogger {
  constructor(scope) {
    this.scope = scope;
  }

  // Hands its arguments to console.error as they are: objects are printed with util.inspect.
  error(message, ...details) {
    console.error(`[${this.scope}] ${message}`, ...details);
  }

  // Text only: each detail as its string form.
  warn(message, ...details) {
    console.error(`[${this.scope}] ${message} ${details.join(" ")}`);
  }
}
