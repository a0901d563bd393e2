import { db } from "../db.js";

export const ORDER_TOOLS = [
  {
    name: "find_orders",
    description: "Lists the orders of a customer",
    inputSchema: { type: "object", properties: { customer: { type: "string" } }, required: ["customer"] },
  },
  {
    name: "order_total",
    description: "Sums the orders of a customer",
    inputSchema: { type: "object", properties: { customer: { type: "string" } }, required: ["customer"] },
  },
];

export async function handleOrders(name, args) {
  if (name === "find_orders") {
    const [rows] = await db.query(`SELECT id, total FROM orders WHERE customer = '${args.customer}'`); // expect: sql-injection (high)
    return rows;
  }
  if (name === "order_total") {
    const [rows] = await db.execute("SELECT SUM(total) AS total FROM orders WHERE customer = ?", [args.customer]);
    return rows[0];
  }
  throw new Error(`Unknown tool: ${name}`);
}
