import { NESTED_ID, SNIPPET_ID } from "./patterns.js";

export const assertSnippetId = (id: string): void => {
  if (typeof id !== "string" || !SNIPPET_ID.test(id)) {
    throw new Error(`snippet id must match ${SNIPPET_ID}`);
  }
};

export const assertNestedId = (id: string): void => {
  if (!NESTED_ID.test(id)) throw new Error("bad nested id");
};
