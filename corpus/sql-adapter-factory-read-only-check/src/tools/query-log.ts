// Recent queries, kept in memory so `recent_queries` can show them.
export class QueryLog {
  private readonly entries: { query: string; at: string }[] = [];

  add(query: string): void {
    this.entries.push({ query, at: new Date().toISOString() });
    if (this.entries.length > 50) this.entries.shift();
  }

  all(filter: string): { query: string; at: string }[] {
    return this.entries.filter((e) => e.query.includes(filter));
  }
}
