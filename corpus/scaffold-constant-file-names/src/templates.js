export function nodeTemplate(name, description) {
  return {
    "package.json": JSON.stringify({ name, description, version: "0.1.0", type: "module" }, null, 2),
    "README.md": `# ${name}\n\n${description}\n`,
    "src/index.js": `console.log(${JSON.stringify(name)});\n`,
  };
}

export function ciFiles(name) {
  const files = {};
  files[".github/workflows/ci.yml"] = `name: ${name} CI\non: [push]\n`;
  files[".gitignore"] = "node_modules\n";
  return files;
}
