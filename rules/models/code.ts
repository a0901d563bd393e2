// Code evaluation: where a string is compiled and run as JavaScript, or a
// value names a module to load. Kind `code-injection`.
import type { LibraryModel } from "../../analyzer/taint/spec.js";

export const codeModel: LibraryModel = {
  sinks: [
    { package: "global", path: "Member[eval].Argument[0]", kind: "code-injection", destination: "Argument[0]", note: "eval runs the string as code" },
    { package: "global", path: "Member[Function].Argument[0..]", kind: "code-injection", destination: "Argument[0..]", note: "new Function(...args, body) compiles its arguments" },
    { package: "global", path: "Member[setTimeout,setInterval].Argument[0]", kind: "code-injection", destination: "Argument[0]", note: "a string first argument is evaluated like eval" },
    { package: "vm", path: "Member[runInNewContext,runInThisContext,runInContext,compileFunction].Argument[0]", kind: "code-injection", destination: "Argument[0]", note: "vm runs the string as code (vm is not a security boundary)" },
    { package: "vm", path: "Member[Script].Argument[0]", kind: "code-injection", destination: "Argument[0]", note: "new vm.Script(code)" },
    { package: "vm", path: "Member[SourceTextModule].Argument[0]", kind: "code-injection", destination: "Argument[0]", note: "new vm.SourceTextModule(code)" },
    { package: "vm2", path: "Member[VM,NodeVM].Instance.Member[run].Argument[0]", kind: "code-injection", destination: "Argument[0]", note: "vm2 sandboxes have known escapes" },
    { package: "global", path: "Member[require].Argument[0]", kind: "code-injection", destination: "Argument[0]", note: "require of a non-constant path loads and runs that module" },
    { package: "global", path: "Member[import].Argument[0]", kind: "code-injection", destination: "Argument[0]", note: "import() of a non-constant specifier loads and runs that module" },
    { package: "module", path: "Member[createRequire].ReturnValue.Argument[0]", kind: "code-injection", destination: "Argument[0]", note: "a created require of a non-constant path" },
    { package: "safe-eval", path: "Argument[0]", kind: "code-injection", destination: "Argument[0]", note: "safe-eval is eval in a vm context, which is escapable" },
    { package: "safer-eval", path: "Argument[0]", kind: "code-injection", destination: "Argument[0]", note: "safer-eval has known sandbox escapes" },
  ],
};
