import { NotebookClient } from "inkwell-notebooks";

export function openNotebooks(settings) {
  return new NotebookClient({ apiKey: settings.key, workspace: settings.workspace });
}
