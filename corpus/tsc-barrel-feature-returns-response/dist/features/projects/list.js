"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.listProjects = void 0;
const axios_1 = __importDefault(require("axios"));
const listProjects = async (config, org) => {
    const { data } = await axios_1.default.get(`https://api.devboard.example.com/v1/orgs/${encodeURIComponent(org)}/projects`, {
        headers: { Authorization: `Bearer ${config.token}` },
    });
    return data.items.map((p) => p.name);
};
exports.listProjects = listProjects;
