// Programs and source files of languages other than JavaScript, as data: a
// package whose entry point hands the MCP connection to one of these runs a
// server this scan cannot read (analyzer/mcp/elsewhere.ts says so plainly).
// Keyed by the program a launcher starts (`spawn("dart", ["run", …])`) and by
// the extension of a source file it names (`bin/server.dart`, `server.py`).

/** Runtimes and build tools by program name, with the language whose code they run. */
export const LANGUAGE_PROGRAMS: Readonly<Record<string, string>> = {
  dart: "Dart",
  flutter: "Dart",
  python: "Python",
  python3: "Python",
  py: "Python",
  uv: "Python",
  uvx: "Python",
  pipx: "Python",
  poetry: "Python",
  java: "Java",
  kotlin: "Kotlin",
  go: "Go",
  cargo: "Rust",
  ruby: "Ruby",
  bundle: "Ruby",
  php: "PHP",
  dotnet: "C#",
  elixir: "Elixir",
  mix: "Elixir",
  swift: "Swift",
  Rscript: "R",
  julia: "Julia",
};

/** Source file extensions (with the dot) by language. */
export const LANGUAGE_EXTENSIONS: Readonly<Record<string, string>> = {
  ".dart": "Dart",
  ".py": "Python",
  ".jar": "Java",
  ".java": "Java",
  ".kt": "Kotlin",
  ".go": "Go",
  ".rs": "Rust",
  ".rb": "Ruby",
  ".php": "PHP",
  ".cs": "C#",
  ".exs": "Elixir",
  ".swift": "Swift",
  ".R": "R",
  ".jl": "Julia",
};
