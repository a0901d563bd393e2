import { countInput, filterInput, statementInput } from "./schemas.js";

// Each tool's arguments arrive wrapped in one `input` object (see server.js).
export const CATALOG = [
  // expect: mixed-blast-radius (low)
  { name: "execute_statement", description: "Execute a SQL statement against the orders warehouse and return the rows.", schema: statementInput },
  { name: "count_rows", description: "Count the rows of a table with a SQL query.", schema: countInput },
  { name: "filter_orders", description: "Query orders with a SQL condition on their columns.", schema: filterInput },
];
