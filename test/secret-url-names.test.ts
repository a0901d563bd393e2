// A URL-named variable is an address; only a store's own connection string
// carries a password by convention (issue 19).
import assert from "node:assert/strict";
import { test } from "node:test";
import { isSecretName } from "../rules/models/secret-names.js";

test("secret names: a store's connection string stays a credential", () => {
  const secrets = ["DATABASE_URL", "MYSQL_URL", "MYSQL_REPLICA_URL", "PG_CONNECTION_STRING", "MONGODB_URI", "REDIS_CACHE_URL", "RABBITMQ_URL", "SLACK_WEBHOOK_URL", "DB_READONLY_URL"];
  assert.deepEqual(secrets.filter((n) => !isSecretName(n)), []);
});

test("secret names: the address of a service beside a store is not a credential", () => {
  const addresses = ["MYSQL_ROUTER_URL", "MARIADB_REST_URL", "REDIS_INSIGHT_URL", "DB_ADMIN_URL", "CLICKHOUSE_HTTP_URL", "NEO4J_BROWSER_URL", "MONGODB_API_URL", "POSTGRES_EXPORTER_URI", "DATABASE_DASHBOARD_URL"];
  assert.deepEqual(addresses.filter(isSecretName), []);
});

test("secret names: a service's own credential beside a store is still a credential", () => {
  assert.deepEqual(["MYSQL_ROUTER_PASSWORD", "DB_ADMIN_TOKEN", "REDIS_INSIGHT_API_KEY"].filter((n) => !isSecretName(n)), []);
});
