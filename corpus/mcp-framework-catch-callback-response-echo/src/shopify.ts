import axios from "axios";

const shop = process.env.SHOPIFY_STORE_DOMAIN;

export const shopify = axios.create({
  baseURL: `https://${shop}/admin/api/2024-10`,
  headers: { "X-Shopify-Access-Token": process.env.SHOPIFY_ACCESS_TOKEN ?? "" },
});
