// Library models as data (STYLE.md, CodeQL models-as-data). Each file holds
// rows for one family of APIs; the engine interprets them, rules select by kind.
import type { LibraryModel } from "../../analyzer/taint/spec.js";

export const ALL_MODELS: LibraryModel[] = [];
