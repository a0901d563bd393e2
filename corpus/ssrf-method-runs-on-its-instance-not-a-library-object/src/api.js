import { AsyncLocalStorage } from "node:async_hooks";

const requestScope = new AsyncLocalStorage();
let processClient;

export class ShelfApi {
  constructor(base, key) {
    this.base = base.replace(/\/+$/, "");
    this.key = key;
  }

  shelfUrl(shelf, item) {
    return `${this.base}/v2/shelves/${shelf}/items/${item}`;
  }

  async readItem(shelf, item) {
    // ok: ssrf
    const res = await fetch(this.shelfUrl(shelf, item), { headers: { "x-api-key": this.key } });
    return res.json();
  }
}

export function currentApi() {
  return requestScope.getStore() ?? (processClient ??= new ShelfApi(process.env.SHELF_TRACKER_URL ?? "https://shelves.example.com", process.env.SHELF_TRACKER_KEY ?? ""));
}

// Twin: a guest workspace's base is whatever the model names.
class GuestShelfApi {
  constructor(base) {
    this.base = base;
  }

  shelfUrl(shelf, item) {
    return `${this.base}/v2/shelves/${shelf}/items/${item}`;
  }

  async readItem(shelf, item) {
    const res = await fetch(this.shelfUrl(shelf, item)); // expect: ssrf
    return res.json();
  }
}

export function guestApi(base) {
  return requestScope.getStore() ?? new GuestShelfApi(base);
}
