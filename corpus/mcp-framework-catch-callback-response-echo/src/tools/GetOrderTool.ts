import { MCPTool } from "mcp-framework";
import { z } from "zod";
import { shopify } from "../shopify.js";

interface GetOrderInput {
  orderId: string;
}

class GetOrderTool extends MCPTool<GetOrderInput> {
  name = "get_order";
  description = "Fetch one order by id";
  schema = {
    orderId: { type: z.string(), description: "Numeric order id" },
  };

  async execute(input: GetOrderInput) {
    return shopify
      .get(`/orders/${input.orderId}.json`)
      .then((res) => res.data.order)
      // expect: error-detail-echo (high)
      .catch((e) => ({ error: `Shopify request failed`, details: e.response ?? e.message }));
  }
}

export default GetOrderTool;
