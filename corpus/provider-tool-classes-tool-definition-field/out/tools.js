"use strict";
const { exec } = require("child_process");
const { readFileSync } = require("fs");
const path = require("path");

const MANUALS = path.join(__dirname, "..", "manuals");

class ReadManualTool {
  isEnabled = true;
  toolDefinition = {
    name: "read_manual",
    description: "Read a page of the board manual",
    inputSchema: { type: "object", properties: { page: { type: "string", enum: ["wiring", "power", "boot"] } }, required: ["page"] },
  };
  async executeTool(params) {
    // ok: path-traversal
    const text = readFileSync(path.join(MANUALS, `${params.page}.md`), "utf8");
    return { content: [{ type: "text", text }] };
  }
}

class FlashFirmwareTool {
  get toolDefinition() {
    return {
      name: "flash_firmware",
      description: "Flash a firmware image onto the connected board",
      inputSchema: { type: "object", properties: { image: { type: "string" } }, required: ["image"] },
    };
  }
  async executeTool(params) {
    return new Promise((resolve) => {
      exec(`boardctl flash --image ${params.image}`, (err, stdout) => resolve({ content: [{ type: "text", text: err ? err.message : stdout }] })); // expect: command-injection
    });
  }
}

class EraseBoardTool {
  isEnabled = false || !true;
  toolDefinition = {
    name: "erase_board",
    description: "Erase a flash region of the board",
    inputSchema: { type: "object", properties: { region: { type: "string" } } },
  };
  async executeTool(params) {
    return new Promise((resolve) => {
      // ok: command-injection
      exec(`boardctl erase ${params.region}`, (err, stdout) => resolve({ content: [{ type: "text", text: err ? err.message : stdout }] }));
    });
  }
}

class BoardToolProvider {
  getRegisteredTools() {
    return [new ReadManualTool(), new FlashFirmwareTool(), new EraseBoardTool()];
  }
}

module.exports = { BoardToolProvider };
