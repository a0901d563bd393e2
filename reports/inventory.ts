// `mcp-warden inventory`: what a server exposes, one row per tool: name, the
// first line of its description, annotations, what its handler can do, which
// credentials it reaches, and how many findings concern it.
import type { Finding, Location, ScanResult, SurfaceItem } from "../analyzer/types.js";

/** Bumped when the inventory JSON changes shape. */
export const INVENTORY_SCHEMA_VERSION = "1.3.0";

export interface InventoryRow {
  name: string;
  /** First line of the description, as written (undefined when there is none or it is not constant). */
  description?: string;
  annotations: SurfaceItem["annotations"];
  capabilities: SurfaceItem["capabilities"];
  /** False when the tool's handler was not found: its capabilities are unknown, not "none". */
  capabilitiesKnown: boolean;
  credentials: string[];
  findings: number;
  /** What the tool can do by design, in words (its capability findings). */
  can?: string[];
  dynamic: boolean;
  registeredVia: string;
  location: Location;
  /**
   * Set when the row is a registration run once per element of a list read only at run time: what it stands
   * for, in words. It is not one tool and is not counted as one (the eval script counts it apart the same way).
   */
  perElement?: string;
}

export interface Inventory {
  /** The inventory's own format version (docs/workflows.md, docs/inventory.schema.json). */
  schemaVersion: string;
  target: string;
  package: { name?: string; version?: string };
  sdks: string[];
  tools: InventoryRow[];
  prompts: string[];
  resources: string[];
  /** Where the server is when the package does not hold its code. */
  elsewhere?: ScanResult["server"]["elsewhere"];
  /** Why no tool was read off the package's own code. */
  unread?: ScanResult["server"]["unread"];
  /** Findings not tied to any one tool (package, server-wide). */
  otherFindings: number;
}

/**
 * A finding concerns a tool when it names the tool, points into the tool's
 * registration or handler, or follows one of the tool's arguments: a sink in
 * a helper outside the handler is still that tool's, since its path starts at
 * the tool's argument (a dispatcher's label names every tool it serves).
 */
export function concerns(f: Finding, tool: SurfaceItem): boolean {
  if (f.properties?.tool === tool.name) return true;
  if (f.properties?.sourceKind === TOOL_ARGUMENT && typeof f.properties.source === "string" && f.properties.source.split(" | ").includes(tool.name)) return true;
  const within = (at: Location) => (l: Location | undefined) => !!l && l.file === at.file && at.line >= l.line && at.line <= (l.endLine ?? l.line);
  const inTool = (at: Location) => within(at)(tool.nameLocation) || within(at)(tool.descriptionLocation) || tool.parameters.some((p) => within(at)(p.descriptionLocation)) || within(at)(tool.handlerLocation);
  return inTool(f.location) || (f.path !== undefined && f.path.length > 0 && inTool(f.path[0].location));
}

/** The engine's label kind for a tool's arguments (analyzer/mcp/engine-inputs.ts). */
const TOOL_ARGUMENT = "tool-argument";

export function inventoryOf(result: ScanResult): Inventory {
  const tools = result.server.tools;
  const counted = new Set<Finding>();
  const rows = tools.map((t): InventoryRow => {
    const mine = result.findings.filter((f) => concerns(f, t));
    mine.forEach((f) => counted.add(f));
    const viaMap = result.credentials.filter((c) => c.tools.includes(t.name)).map((c) => c.credential);
    const can = [...new Set(mine.map((f) => f.properties?.capability).filter((x): x is string => typeof x === "string"))];
    return {
      name: t.name,
      description: t.description?.split(/\r?\n/).find((l) => l.trim() !== "")?.trim(),
      annotations: t.annotations,
      capabilities: t.capabilities,
      capabilitiesKnown: t.handlerLocation !== undefined,
      credentials: [...new Set([...t.credentials, ...viaMap])].sort(),
      findings: mine.length,
      ...(can.length > 0 ? { can } : {}),
      dynamic: t.dynamic === true,
      registeredVia: t.registeredVia,
      location: t.nameLocation,
      ...(t.perElement ? { perElement: perElementText(t) } : {}),
    };
  });
  return {
    schemaVersion: INVENTORY_SCHEMA_VERSION,
    target: result.target,
    package: { name: result.package.name, version: result.package.version },
    sdks: result.server.sdks,
    tools: rows,
    prompts: result.server.prompts.map(itemName),
    resources: result.server.resources.map(itemName),
    ...(result.server.elsewhere ? { elsewhere: result.server.elsewhere } : {}),
    ...(result.server.unread ? { unread: result.server.unread } : {}),
    otherFindings: result.findings.filter((f) => !counted.has(f)).length,
  };
}

/** A prompt's or resource's name; a registration per element of a run-time list says where the list is instead. */
function itemName(item: SurfaceItem): string {
  return item.perElement ? `<per element of a list at ${item.nameLocation.file}:${item.nameLocation.line}>` : item.name;
}

/** What a per-element registration stands for: tools registered from a list, how many and which known only at run time. */
function perElementText(t: SurfaceItem): string {
  return `tools registered once per element of a list at ${t.nameLocation.file}:${t.nameLocation.line} (${t.registeredVia}); how many and their names are known only at run time`;
}

const ANNOTATION_SHORT: [keyof SurfaceItem["annotations"], string, string][] = [
  ["readOnlyHint", "read-only", "not read-only"],
  ["destructiveHint", "destructive", "not destructive"],
  ["idempotentHint", "idempotent", "not idempotent"],
  ["openWorldHint", "open-world", "closed-world"],
];

function annotationsText(a: SurfaceItem["annotations"]): string {
  const parts = ANNOTATION_SHORT.flatMap(([key, yes, no]) => (a[key] === undefined ? [] : [a[key] ? yes : no]));
  return parts.length ? parts.join(", ") : "-";
}

function clip(s: string, width: number): string {
  const flat = s.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]|[\u{E0000}-\u{E007F}]/gu, "");
  return flat.length > width ? flat.slice(0, width - 1) + "…" : flat;
}

export function renderInventoryText(inv: Inventory): string {
  const header = ["TOOL", "DESCRIPTION", "ANNOTATIONS", "CAPABILITIES", "CREDENTIALS", "FINDINGS"];
  const counted = inv.tools.filter((t) => !t.perElement);
  const lists = inv.tools.length - counted.length;
  const rows = inv.tools.map((t) => [
    t.perElement ? `<per element of a list at ${clip(`${t.location.file}:${t.location.line}`, 60)}>` : clip(t.name, 40) + (t.dynamic ? " (dynamic)" : ""),
    clip(t.description ?? "-", 60),
    annotationsText(t.annotations),
    t.capabilitiesKnown ? t.capabilities.join(", ") || "-" : "unknown (handler not found)",
    t.credentials.join(", ") || "-",
    String(t.findings),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]))).join("  ").trimEnd();
  const title = `${inv.package.name ?? inv.target}${inv.package.version ? `@${inv.package.version}` : ""}: ${counted.length} tool${counted.length === 1 ? "" : "s"}${lists ? ` + ${lists === 1 ? "a registration" : `${lists} registrations`} over a run-time list (tools whose number and names are known only at run time)` : ""}${inv.sdks.length ? ` (${inv.sdks.join(", ")})` : ""}`;
  const out = [title, "", line(header), ...rows.map(line)];
  if (inv.tools.length === 0) out.push(inv.elsewhere ? `(no tools here: ${inv.elsewhere.reason})` : inv.unread ? `(no tools read: ${inv.unread.reason})` : "(no tools found)");
  const can = inv.tools.flatMap((t) => t.can ?? []);
  if (can.length > 0) out.push("", "What it can do:", ...can.map((s) => `  ${clip(s, 160)}`));
  if (inv.prompts.length) out.push("", `prompts: ${inv.prompts.map((p) => clip(p, p.startsWith("<per element") ? 90 : 40)).join(", ")}`);
  if (inv.resources.length) out.push(`${inv.prompts.length ? "" : "\n"}resources: ${inv.resources.map((r) => clip(r, r.startsWith("<per element") ? 90 : 40)).join(", ")}`);
  if (inv.otherFindings) out.push("", `${inv.otherFindings} other finding${inv.otherFindings === 1 ? "" : "s"} (package or server-wide): run \`mcp-warden scan\` for details`);
  return out.join("\n") + "\n";
}

export function renderInventory(result: ScanResult, format: "text" | "json"): string {
  const inv = inventoryOf(result);
  return format === "json" ? JSON.stringify(inv, null, 2) + "\n" : renderInventoryText(inv);
}
