/**
 * The one way gongshi reads a file it was given or pointed to: proposals, delivery files, standards,
 * configs, .gitignore files, returned workbooks, formatter modules. Someone else's file can be a FIFO
 * (which blocks a plain read forever), /dev/zero or /dev/urandom (endless), or a /proc file (whose size
 * says 0): so the file is opened without blocking, refused unless fstat says it is a regular file, and
 * read up to a byte cap whatever its size claims. Nothing here decides what a file means.
 */
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from "node:fs";

/** Why a file was not read: a system error code (ENOENT, EACCES, EISDIR …), not a regular file, or too large. */
export class FileRefused extends Error {
  constructor(
    readonly path: string,
    readonly code: string,
    /** For "not-regular": what the file is instead. */
    readonly kind?: SpecialKind,
    /** For "too-large": the size, when the file system knew it (else at least `limit` + 1). */
    readonly size?: number,
    readonly limit?: number,
  ) {
    super(`${path}: ${code}${kind ? ` (${kind})` : ""}`);
    this.name = "FileRefused";
  }
}

export type SpecialKind = "fifo" | "character-device" | "block-device" | "socket" | "other";

// Not on Windows, where neither a FIFO nor a device can sit behind a path a proposal names.
const NON_BLOCKING = (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);

/** What a file is when it is not a regular file or a folder. */
export function specialKind(stats: Stats): SpecialKind {
  if (stats.isFIFO()) return "fifo";
  if (stats.isCharacterDevice()) return "character-device";
  if (stats.isBlockDevice()) return "block-device";
  if (stats.isSocket()) return "socket";
  return "other";
}

/**
 * A regular file's bytes, at most `maxBytes` of them; throws FileRefused otherwise. A symbolic link is
 * followed (the user named it) and judged by what it points to.
 */
export function readRegularFile(path: string, maxBytes: number): Buffer {
  let descriptor: number;
  try {
    descriptor = openSync(path, constants.O_RDONLY | NON_BLOCKING);
  } catch (error) {
    throw new FileRefused(path, (error as NodeJS.ErrnoException).code ?? "EIO");
  }
  try {
    const stats = fstatSync(descriptor);
    if (stats.isDirectory()) throw new FileRefused(path, "EISDIR");
    if (!stats.isFile()) throw new FileRefused(path, "not-regular", specialKind(stats));
    if (stats.size > maxBytes) throw new FileRefused(path, "too-large", undefined, stats.size, maxBytes);
    return readCapped(descriptor, path, maxBytes, stats.size);
  } catch (error) {
    if (error instanceof FileRefused) throw error;
    throw new FileRefused(path, (error as NodeJS.ErrnoException).code ?? "EIO");
  } finally {
    closeSync(descriptor);
  }
}

/**
 * Everything a descriptor gives up to `maxBytes` (standard input, say, which may be a pipe); more than
 * that is FileRefused "too-large". `expected` sizes the first buffer.
 */
export function readCapped(descriptor: number, path: string, maxBytes: number, expected = 0): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  let buffer = Buffer.allocUnsafe(Math.min(Math.max(expected + 1, 64 * 1024), maxBytes + 1));
  for (;;) {
    let read: number;
    try {
      read = readSync(descriptor, buffer, 0, buffer.length, null);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // A non-blocking pipe with nothing in it yet: wait for it as a blocking read would (standard input).
      if (code === "EAGAIN") {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
        continue;
      }
      if (code === "EOF") break;
      throw error;
    }
    if (read === 0) break;
    chunks.push(buffer.subarray(0, read));
    total += read;
    if (total > maxBytes) throw new FileRefused(path, "too-large", undefined, undefined, maxBytes);
    buffer = Buffer.allocUnsafe(Math.min(64 * 1024, maxBytes + 1 - total));
  }
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
}

/** Whether a path is a regular file (following links) that is at most `maxBytes` long: for files others load (a formatter module). */
export function checkRegularFile(path: string, maxBytes: number): void {
  readRegularFile(path, maxBytes);
}
