// A small streaming reader of the tar format (ustar, pax and GNU long names),
// fed decompressed bytes chunk by chunk. It only decodes headers and hands
// bodies to its owner: what is safe to keep is decided in tarball.ts. Bodies
// the owner does not want are never held in memory, so a huge entry costs time
// to stream past, not memory.

/** What an entry is, by its type flag. Anything but `file` and `directory` is never extracted. */
export type TarEntryType = "file" | "directory" | "symlink" | "hardlink" | "character-device" | "block-device" | "fifo" | "other";

export interface TarEntryHeader {
  /** The path as the archive spells it (pax `path` and GNU long names applied), not yet checked. */
  path: string;
  type: TarEntryType;
  /** The raw type flag, for messages about `other` entries. */
  typeFlag: string;
  size: number;
  linkPath?: string;
  /** Byte offset of the header in the uncompressed stream. */
  offset: number;
}

export interface TarReaderCallbacks {
  /** Called once per entry; return true to receive the body (files only). */
  entry(header: TarEntryHeader): boolean;
  /** The complete body of an entry `entry` asked for. */
  body(header: TarEntryHeader, bytes: Buffer): void;
}

/** The archive is not a tar stream, or it is damaged or cut short. */
export class TarFormatError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
    this.name = "TarFormatError";
  }
}

const BLOCK = 512;
/** Pax and GNU long-name records are metadata; a megabyte is far beyond any real one. */
const MAX_META_SIZE = 1024 * 1024;

type MetaKind = "pax" | "pax-global" | "gnu-long-name" | "gnu-long-link";

interface Pending {
  header: TarEntryHeader;
  meta?: MetaKind;
  keep: boolean;
  remaining: number;
  padding: number;
  chunks: Buffer[];
}

const TYPE_BY_FLAG: Record<string, TarEntryType> = {
  "0": "file",
  "\0": "file",
  // Contiguous files are regular files to every extractor that is not a 1980s tape drive.
  "7": "file",
  "1": "hardlink",
  "2": "symlink",
  "3": "character-device",
  "4": "block-device",
  "5": "directory",
  "6": "fifo",
};

const META_BY_FLAG: Record<string, MetaKind> = { x: "pax", g: "pax-global", L: "gnu-long-name", K: "gnu-long-link" };

export class TarReader {
  private leftover: Buffer = Buffer.alloc(0);
  private state: "header" | "body" | "end" = "header";
  private current: Pending | undefined;
  private offset = 0;
  private sawNullBlock = false;
  private pax: Record<string, string> = {};
  private globalPax: Record<string, string> = {};
  private longName: string | undefined;
  private longLink: string | undefined;

  constructor(private readonly callbacks: TarReaderCallbacks) {}

  get ended(): boolean {
    return this.state === "end";
  }

  push(chunk: Buffer): void {
    // Bytes after the end-of-archive marker are ignored, as npm's extractor ignores them.
    if (this.state === "end") return;
    const data = this.leftover.length > 0 ? Buffer.concat([this.leftover, chunk]) : chunk;
    let pos = 0;
    while (pos < data.length) {
      if (this.ended) {
        pos = data.length;
        break;
      }
      if (this.state === "body") {
        pos += this.consumeBody(data, pos);
        continue;
      }
      if (data.length - pos < BLOCK) break;
      const block = data.subarray(pos, pos + BLOCK);
      pos += BLOCK;
      this.readHeader(block);
      this.offset += BLOCK;
    }
    // Copy, so a large chunk is not kept alive by a few leftover bytes.
    this.leftover = Buffer.from(data.subarray(pos));
  }

  /** The input is over: throws when it stopped inside an entry. */
  end(): void {
    if (this.state === "body" && this.current) {
      throw new TarFormatError(`truncated: the entry "${this.current.header.path}" needs ${this.current.remaining + this.current.padding} more bytes`, this.offset);
    }
    if (this.leftover.length > 0 && this.state !== "end") {
      throw new TarFormatError(`truncated: ${this.leftover.length} stray bytes where a 512-byte header should be`, this.offset);
    }
    if (this.longName !== undefined || this.longLink !== undefined || Object.keys(this.pax).length > 0) {
      throw new TarFormatError("truncated: an extended header is not followed by its entry", this.offset);
    }
  }

  private consumeBody(data: Buffer, pos: number): number {
    const cur = this.current!;
    if (cur.remaining > 0) {
      const take = Math.min(cur.remaining, data.length - pos);
      if (cur.keep) cur.chunks.push(data.subarray(pos, pos + take));
      cur.remaining -= take;
      this.offset += take;
      if (cur.remaining === 0) this.finishBody(cur);
      return take;
    }
    const take = Math.min(cur.padding, data.length - pos);
    cur.padding -= take;
    this.offset += take;
    if (cur.padding === 0) {
      this.current = undefined;
      this.state = "header";
    }
    return take;
  }

  private finishBody(cur: Pending): void {
    if (cur.keep) {
      const bytes = Buffer.concat(cur.chunks);
      cur.chunks = [];
      if (cur.meta) this.readMeta(cur.meta, bytes, cur.header.offset);
      else this.callbacks.body(cur.header, bytes);
    }
    if (cur.padding === 0) {
      this.current = undefined;
      this.state = "header";
    }
  }

  private readHeader(block: Buffer): void {
    if (isZeroBlock(block)) {
      // Two zero blocks end the archive; a single one is tolerated, as npm's extractor does.
      if (this.sawNullBlock) this.state = "end";
      this.sawNullBlock = true;
      return;
    }
    this.sawNullBlock = false;
    verifyChecksum(block, this.offset);
    const flag = String.fromCharCode(block[156]);
    const headerSize = readNumber(block, 124, 12, this.offset, "size");
    const meta = META_BY_FLAG[flag];
    if (meta) {
      if (headerSize > MAX_META_SIZE) throw new TarFormatError(`an extended header of ${headerSize} bytes is over the ${MAX_META_SIZE}-byte cap`, this.offset);
      const header: TarEntryHeader = { path: "", type: "other", typeFlag: flag, size: headerSize, offset: this.offset };
      this.startBody({ header, meta, keep: true, remaining: headerSize, padding: paddingOf(headerSize), chunks: [] });
      return;
    }

    const ext = { ...this.globalPax, ...this.pax };
    const path = ext.path ?? this.longName ?? ustarPath(block);
    const linkField = readString(block, 157, 100);
    const linkPath = ext.linkpath ?? this.longLink ?? (linkField || undefined);
    let size = headerSize;
    if (ext.size !== undefined) {
      if (!/^\d+$/.test(ext.size) || !Number.isSafeInteger(Number(ext.size))) throw new TarFormatError(`bad pax size "${ext.size.slice(0, 40)}"`, this.offset);
      size = Number(ext.size);
    }
    this.pax = {};
    this.longName = undefined;
    this.longLink = undefined;

    const type = TYPE_BY_FLAG[flag] ?? "other";
    // Every type's body is skipped by its header size (links and folders normally have none), as npm's extractor does.
    const header: TarEntryHeader = { path, type, typeFlag: flag, size, linkPath, offset: this.offset };
    const keep = this.callbacks.entry(header) && type === "file";
    this.startBody({ header, keep, remaining: size, padding: paddingOf(size), chunks: [] });
  }

  private startBody(pending: Pending): void {
    if (pending.remaining === 0) {
      if (pending.keep) {
        if (pending.meta) this.readMeta(pending.meta, Buffer.alloc(0), pending.header.offset);
        else this.callbacks.body(pending.header, Buffer.alloc(0));
      }
      return;
    }
    this.current = pending;
    this.state = "body";
  }

  private readMeta(kind: MetaKind, bytes: Buffer, offset: number): void {
    if (kind === "gnu-long-name") this.longName = cString(bytes);
    else if (kind === "gnu-long-link") this.longLink = cString(bytes);
    else Object.assign(kind === "pax" ? this.pax : this.globalPax, parsePax(bytes, offset));
  }
}

function paddingOf(size: number): number {
  return (BLOCK - (size % BLOCK)) % BLOCK;
}

function isZeroBlock(block: Buffer): boolean {
  for (let i = 0; i < BLOCK; i++) if (block[i] !== 0) return false;
  return true;
}

/** The checksum field holds the sum of the header bytes with the field itself counted as spaces. */
function verifyChecksum(block: Buffer, offset: number): void {
  const stored = readNumber(block, 148, 8, offset, "checksum");
  let unsigned = 0;
  let signed = 0;
  for (let i = 0; i < BLOCK; i++) {
    const b = i >= 148 && i < 156 ? 0x20 : block[i];
    unsigned += b;
    signed += b > 127 ? b - 256 : b;
  }
  if (stored !== unsigned && stored !== signed) {
    throw new TarFormatError(`corrupt tar header at byte ${offset} (checksum mismatch); this is not a tar archive or it is damaged`, offset);
  }
}

/** Octal ASCII, or base-256 when the top bit of the first byte is set (GNU, for sizes over 8 GB). */
function readNumber(block: Buffer, start: number, length: number, offset: number, what: string): number {
  const field = block.subarray(start, start + length);
  if (field[0] & 0x80) {
    if (field[0] & 0x40) throw new TarFormatError(`negative ${what} in tar header at byte ${offset}`, offset);
    let value = field[0] & 0x3f;
    for (let i = 1; i < field.length; i++) value = value * 256 + field[i];
    if (!Number.isSafeInteger(value)) throw new TarFormatError(`${what} too large in tar header at byte ${offset}`, offset);
    return value;
  }
  const text = field.toString("latin1").replace(/[\0 ]+$/, "").replace(/^[ \0]+/, "");
  if (text === "") return 0;
  if (!/^[0-7]+$/.test(text)) throw new TarFormatError(`corrupt tar header at byte ${offset} (${what} is not a number); this is not a tar archive or it is damaged`, offset);
  return parseInt(text, 8);
}

function readString(block: Buffer, start: number, length: number): string {
  return cString(block.subarray(start, start + length));
}

function cString(bytes: Buffer): string {
  const nul = bytes.indexOf(0);
  return (nul >= 0 ? bytes.subarray(0, nul) : bytes).toString("utf8");
}

/** POSIX ustar splits long paths into prefix + name; the GNU magic reuses that space for other fields. */
function ustarPath(block: Buffer): string {
  const name = readString(block, 0, 100);
  const magic = block.subarray(257, 263).toString("latin1");
  if (magic === "ustar\0") {
    const prefix = readString(block, 345, 155);
    if (prefix) return `${prefix}/${name}`;
  }
  return name;
}

/** Pax records: `<length> <key>=<value>\n`, the length counting the whole record. */
function parsePax(bytes: Buffer, offset: number): Record<string, string> {
  const out: Record<string, string> = {};
  let pos = 0;
  while (pos < bytes.length) {
    if (bytes[pos] === 0) break;
    const space = bytes.indexOf(0x20, pos);
    const length = space > pos ? Number(bytes.subarray(pos, space).toString("latin1")) : NaN;
    if (!Number.isSafeInteger(length) || length <= space - pos || pos + length > bytes.length) {
      throw new TarFormatError(`malformed pax extended header at byte ${offset}`, offset);
    }
    const record = bytes.subarray(space + 1, pos + length).toString("utf8").replace(/\n$/, "");
    const eq = record.indexOf("=");
    if (eq > 0) out[record.slice(0, eq)] = record.slice(eq + 1);
    pos += length;
  }
  return out;
}
