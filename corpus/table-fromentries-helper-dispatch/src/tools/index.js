import list_notes from "./list-notes.js";
import export_note from "./export-note.js";

export const endpoints = [];

function addEndpoint(endpoint) {
  endpoints.push(endpoint);
}

addEndpoint(list_notes);
addEndpoint(export_note);
