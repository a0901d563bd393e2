import pg from "pg";

// Pools keyed by their connection string, which holds the password.
const pools = new Map();

export function poolFor(connectionString = process.env.PG_CONNECTION_STRING) {
  let pool = pools.get(connectionString);
  if (!pool) {
    pool = new pg.Pool({ connectionString });
    pools.set(connectionString, pool);
  }
  return pool;
}

export async function closeAll() {
  for (const [connectionString, pool] of pools.entries()) {
    try {
      await pool.end();
    } catch (err) {
      console.error(`could not close ${connectionString}`, err.message); // expect: secret-in-log
    }
  }
}

export function describePools() {
  return [...pools.entries()].map(([connectionString, pool]) => {
    console.error("pool", connectionString, pool.totalCount); // expect: secret-in-log
    return { idle: pool.idleCount, total: pool.totalCount };
  });
}
