// The server's own result type: every promise it makes (a file write's and a request's alike) becomes one.
import { promises as fsp } from "node:fs";

class Ok {
  constructor(value) {
    this.value = value;
  }
  isErr() {
    return false;
  }
  andThen(f) {
    return f(this.value);
  }
}

class Err {
  constructor(error) {
    this.error = error;
  }
  isErr() {
    return true;
  }
  andThen() {
    return this;
  }
}

class ResultAsync {
  constructor(promise) {
    this.promise = promise;
  }
  static fromPromise(promise, toError) {
    return new ResultAsync(promise.then((v) => new Ok(v), (e) => new Err(toError(e))));
  }
  then(onValue, onError) {
    return this.promise.then(onValue, onError);
  }
}

const toError = (e) => ({ message: e instanceof Error ? e.message : String(e) });

export const outcome = (promise) => ResultAsync.fromPromise(promise, toError);
export const safeMkdtemp = (...args) => outcome(fsp.mkdtemp(...args));
