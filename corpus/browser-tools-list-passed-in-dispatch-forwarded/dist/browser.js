"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.currentPage = currentPage;
const playwright_1 = require("playwright");
let page;
async function currentPage() {
    if (!page) {
        const browser = await playwright_1.chromium.launch({ headless: true });
        page = await browser.newPage();
    }
    return page;
}
