"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.listOrganizations = listOrganizations;
exports.tokenInfo = tokenInfo;
const axios_1 = __importDefault(require("axios"));
async function listOrganizations(config) {
    const authHeader = `Basic ${Buffer.from(`:${config.token}`).toString("base64")}`;
    const response = await axios_1.default.get("https://api.devboard.example.com/v1/organizations", {
        headers: { Authorization: authHeader },
    });
    return response.data.value.map((org) => ({ id: org.id, name: org.name }));
}
function tokenInfo(config) {
    return { scheme: "basic", config };
}
