// Keeps shelf sheets in memory between calls; not a tool.
export class ShelfCache {
  static NAME = "shelf-cache";
  private sheets = new Map<string, string>();

  run(shelf: string, load: () => string): string {
    const hit = this.sheets.get(shelf);
    if (hit !== undefined) return hit;
    const text = load();
    this.sheets.set(shelf, text);
    return text;
  }
}

export const SHELF_UNITS = [
  { name: "aisle-a", description: "Front aisle", run: () => "a" },
  { name: "aisle-b", description: "Back aisle", run: () => "b" },
];
