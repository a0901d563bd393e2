import { MCPTool } from "mcp-framework";
import { z } from "zod";
import { shopify } from "../shopify.js";

class ListOrdersTool extends MCPTool<{ status: string }> {
  name = "list_orders";
  description = "List recent orders";
  schema = {
    status: { type: z.enum(["open", "closed", "any"]), description: "Order status" },
  };

  async execute({ status }: { status: string }) {
    try {
      const res = await shopify.get("/orders.json", { params: { status, limit: 20 } });
      return res.data.orders.map((o: { name: string; total_price: string }) => `${o.name}: ${o.total_price}`).join("\n");
    } catch (e) {
      // ok: error-detail-echo
      return `Shopify error ${(e as { response?: { status?: number } }).response?.status ?? ""}: ${(e as Error).message}`;
    }
  }
}

export default ListOrdersTool;
