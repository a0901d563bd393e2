// SQL string literals written by the server: every `'` doubled, the value between quotes.
export class Sql {
  static literal(value: string): string {
    return `'${value.replaceAll("'", "''")}'`;
  }

  static bare(value: string): string {
    return value.replace(/'/g, "''");
  }

  static firstOnly(value: string): string {
    return value.replace("'", "''");
  }
}
