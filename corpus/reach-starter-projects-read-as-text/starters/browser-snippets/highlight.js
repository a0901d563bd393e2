// Runs in the gallery page, not in the server.
for (const block of document.querySelectorAll("pre code")) {
  // ok: code-injection
  block.innerHTML = eval(`(${block.dataset.format})`)(block.textContent);
}
