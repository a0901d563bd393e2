import pg from "pg";

// The tools get this object and never see the client: what a tool runs is the text it hands to `sql`.
export class MetricStore {
  constructor(connectionString) {
    this.client = new pg.Pool({ connectionString });
  }

  async sql(text, values) {
    const result = await this.client.query(text, values);
    return result.rows;
  }
}
