const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;
const QUALIFIED = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)?$/;

export function assertName(value, what) {
  if (typeof value !== "string" || !IDENTIFIER.test(value)) {
    throw new Error(`Invalid ${what}: use letters, digits and underscores`);
  }
}

export function assertQualified(value) {
  if (!QUALIFIED.test(value)) throw new Error(`Invalid table name ${value}`);
}

export function assertColumnList(value) {
  if (!/^[\w ,]+$/.test(value)) throw new Error("Invalid column list");
}

export function assertSlug(value) {
  if (!/^[a-z][a-z0-9_-]*$/.test(value)) throw new Error("Invalid slug");
}

export function looksLikeName(value) {
  return /[A-Za-z_]\w*/.test(value);
}
