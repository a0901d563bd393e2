export async function selectOnly(store, sql) {
  if (!sql.trim().toLowerCase().startsWith("select")) throw new Error("only SELECT statements are allowed");
  return store.all(sql);
}

export async function selectRemote(store, sql) {
  if (!sql.trim().toLowerCase().startsWith("select")) throw new Error("only SELECT statements are allowed");
  return store.remoteRows(sql);
}
