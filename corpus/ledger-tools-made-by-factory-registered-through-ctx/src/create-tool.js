// One shape for every tool, so a group file only says what is different.
export const createLedgerTool = (name, description, schema, handler) => () => ({
  name: name,
  description: description,
  schema: schema,
  handler: handler,
});
