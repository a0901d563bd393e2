// Id formats shared by the shelf's helpers.
export const SNIPPET_ID = /^[A-Za-z0-9_-]{1,64}$/;
export const NESTED_ID = /^[\w./-]+$/;
