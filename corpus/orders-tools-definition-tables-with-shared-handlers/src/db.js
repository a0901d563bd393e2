import mysql from "mysql2/promise";

export const db = mysql.createPool({ uri: process.env.ORDERS_DB_URL });
