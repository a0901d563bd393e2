// The one error acquire throws on purpose. Its own module so every target
// kind (folder, tarball, npm) can throw it without importing acquire's entry.

/** A failure to get the target at all (as opposed to a file we skipped): the CLI exits 2. */
export class AcquireError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "AcquireError";
  }
}
