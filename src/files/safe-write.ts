import { closeSync, constants, fstatSync, lstatSync, openSync, renameSync, statSync, unlinkSync, writeFileSync, writeSync, type BigIntStats } from "node:fs";
import { dirname, join } from "node:path";
import { randomBytes } from "node:crypto";

export class FileExistsError extends Error {
  constructor(readonly path: string) {
    super(`${path} already exists`);
    this.name = "FileExistsError";
  }
}

/**
 * Every file gongshi writes goes through here: the content goes to a temporary file in the same
 * folder, which then takes the target's name in one step, so a reader never sees half a file.
 *
 * Without `force`, an existing target is never replaced. The name is first claimed by creating it
 * exclusively (O_CREAT | O_EXCL, atomic on every file system — FAT and exFAT on USB sticks and network
 * drives included, which have no hard links), and the finished temporary file is then renamed over that
 * empty placeholder, which only this call created. On any failure neither the temporary file nor the
 * placeholder is left behind, and a SIGINT, SIGTERM or SIGHUP that arrives meanwhile is held until the
 * write has finished or been undone (then the process ends by it, as it would have).
 *
 * With `force`, an existing target that is not a regular file is never turned into one: a device or a
 * FIFO (/dev/null, /dev/stdout, a terminal, a pipe) — or a symbolic link to one — is written in place;
 * anything else (a folder, a socket, a block device, a symbolic link to a file or to nothing) is refused
 * with SpecialTargetError, so a link planted where a report goes cannot make gongshi write elsewhere.
 */
export function writeFileAtomic(target: string, content: string | Uint8Array, options: { force?: boolean } = {}): void {
  holdSignalsWhile(() => {
    if (options.force) {
      const special = specialTarget(target);
      if (special === "in-place") return writeInPlace(target, content);
      if (special) throw new SpecialTargetError(target, special);
    }
    const claim = options.force ? undefined : claimName(target);
    const temporary = temporaryPathFor(target);
    try {
      writeFileSync(temporary, content, { flag: "wx" });
      if (claim && !stillClaimed(claim)) throw new FileExistsError(target);
      renameSync(temporary, target);
    } catch (error) {
      removeQuietly(temporary);
      if (claim) releaseClaim(claim);
      throw error;
    }
  });
}

/** What an existing target is, when it is not a regular file (or missing): written in place, or why it is refused. */
export type SpecialTarget = "in-place" | "folder" | "link-to-file" | "dangling-link" | "socket" | "block-device";

export class SpecialTargetError extends Error {
  constructor(
    readonly path: string,
    readonly kind: Exclude<SpecialTarget, "in-place">,
  ) {
    super(`${path} is not a regular file (${kind})`);
    this.name = "SpecialTargetError";
  }
}

function specialTarget(target: string): SpecialTarget | undefined {
  let own;
  try {
    own = lstatSync(target);
  } catch {
    return undefined; // missing: written as a new file
  }
  if (own.isFile()) return undefined;
  if (own.isDirectory()) return "folder";
  let final = own;
  if (own.isSymbolicLink()) {
    try {
      final = statSync(target);
    } catch {
      return "dangling-link";
    }
    if (final.isFile()) return "link-to-file";
    if (final.isDirectory()) return "folder";
  }
  if (final.isCharacterDevice() || final.isFIFO()) return "in-place";
  return final.isSocket() ? "socket" : "block-device";
}

/** Writes into a device or a FIFO as it is (no temporary file can stand in for one); never waits for a FIFO's reader. */
function writeInPlace(target: string, content: string | Uint8Array): void {
  const bytes = typeof content === "string" ? Buffer.from(content) : content;
  const descriptor = openSync(target, constants.O_WRONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0));
  try {
    for (let at = 0; at < bytes.length; ) {
      try {
        at += writeSync(descriptor, bytes, at, bytes.length - at);
      } catch (error) {
        // A pipe that is full for the moment: wait a little, as a blocking write would.
        if ((error as NodeJS.ErrnoException).code !== "EAGAIN") throw error;
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
      }
    }
  } finally {
    closeSync(descriptor);
  }
}

const HELD_SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;

/**
 * Runs a synchronous write with the signals that end a process held: Node delivers a signal that has a
 * listener only once the running code returns, so the write finishes (or is undone) first; then the
 * listeners go and the signal is raised again, and the process ends by it as it would have.
 */
function holdSignalsWhile(write: () => void): void {
  const arrived: NodeJS.Signals[] = [];
  const hold = (signal: NodeJS.Signals) => arrived.push(signal);
  for (const signal of HELD_SIGNALS) process.on(signal, hold);
  const release = () => {
    for (const signal of HELD_SIGNALS) process.off(signal, hold);
    if (arrived.length > 0) process.kill(process.pid, arrived[0]);
  };
  try {
    write();
  } finally {
    // A signal that came during the write is delivered on the next turn of the event loop.
    setImmediate(() => setImmediate(release));
  }
}

/**
 * Appends to a file that is a regular file (created if missing), as GitHub's $GITHUB_STEP_SUMMARY is:
 * never waits on a FIFO, never writes into a device. Throws SpecialTargetError or the system error.
 */
export function appendToRegularFile(target: string, text: string): void {
  const descriptor = openSync(target, constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0), 0o666);
  try {
    const stats = fstatSync(descriptor);
    if (stats.isDirectory()) throw new SpecialTargetError(target, "folder");
    if (!stats.isFile()) throw new SpecialTargetError(target, stats.isSocket() ? "socket" : "block-device");
    writeSync(descriptor, text);
  } finally {
    closeSync(descriptor);
  }
}

/** A name taken by an empty file this process created: which file it is, to tell it from anyone else's. */
interface Claim {
  path: string;
  identity: BigIntStats;
}

/** Creates `target` exclusively, or throws FileExistsError when the name is taken. */
function claimName(target: string): Claim {
  let descriptor: number;
  try {
    descriptor = openSync(target, "wx");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") throw new FileExistsError(target);
    throw error;
  }
  try {
    return { path: target, identity: fstatSync(descriptor, { bigint: true }) };
  } finally {
    // Closed before the rename: Windows cannot replace a file that is still open.
    closeSync(descriptor);
  }
}

/** The placeholder is still the empty file this process made (nobody replaced it meanwhile). */
function stillClaimed(claim: Claim): boolean {
  try {
    const now = lstatSync(claim.path, { bigint: true });
    return now.isFile() && now.size === 0n && now.ino === claim.identity.ino && now.dev === claim.identity.dev;
  } catch {
    return false;
  }
}

function releaseClaim(claim: Claim): void {
  if (stillClaimed(claim)) removeQuietly(claim.path);
}

/**
 * Beside the target, under a short name of its own: a name derived from the target's would pass the
 * file system's 255-byte limit for targets that are themselves within it.
 */
function temporaryPathFor(target: string): string {
  return join(dirname(target), `.gongshi-${process.pid}-${randomBytes(4).toString("hex")}.tmp`);
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // already gone (renamed into place, or never written)
  }
}

/** Why a write failed, as the person who asked for the file needs to hear it. */
export function writeFailure(error: unknown, target: string): { zh: string; en: string } {
  if (error instanceof FileExistsError) {
    return { zh: `${target} 已存在，未覆盖（确需覆盖请加 --force）`, en: `${target} already exists, not overwritten (add --force to replace it)` };
  }
  if (error instanceof SpecialTargetError) {
    const why: Record<SpecialTargetError["kind"], [string, string]> = {
      folder: ["这是一个目录", "it is a folder"],
      "link-to-file": ["这是指向另一个文件的符号链接，gongshi 不经链接改写别处的文件，也不把链接换成普通文件（请写到别的文件名，或先删除链接；输出到屏幕用 -o -）", "it is a symbolic link to another file: gongshi neither writes through a link nor replaces one with a file (write to another name, or remove the link; -o - writes to standard output)"],
      "dangling-link": ["这是一个指向不存在文件的符号链接", "it is a symbolic link to nothing"],
      socket: ["这是一个套接字，不是文件", "it is a socket, not a file"],
      "block-device": ["这是一个块设备，不是文件", "it is a block device, not a file"],
    };
    const [zh, en] = why[error.kind];
    return { zh: `无法写入 ${target}：${zh}`, en: `cannot write ${target}: ${en}` };
  }
  const code = (error as NodeJS.ErrnoException).code ?? "";
  const reasons: Record<string, [string, string]> = {
    ENOENT: ["所在目录不存在", "its folder does not exist"],
    EACCES: ["没有写入权限", "permission denied"],
    EPERM: ["没有写入权限", "permission denied"],
    EISDIR: ["这是一个目录", "it is a folder"],
    ENOTDIR: ["路径中有一段不是目录", "part of the path is not a folder"],
    ENOSPC: ["磁盘空间不足", "no space left on the device"],
    EROFS: ["文件系统只读", "the file system is read-only"],
    ENAMETOOLONG: ["文件名过长", "the name is too long"],
    ENXIO: ["没有程序在读取这个命名管道", "no process is reading that named pipe"],
    ELOOP: ["符号链接形成了循环", "the symbolic links form a loop"],
  };
  const [zh, en] = reasons[code] ?? [code || (error as Error).message, code || (error as Error).message];
  return { zh: `无法写入 ${target}：${zh}`, en: `cannot write ${target}: ${en}` };
}
