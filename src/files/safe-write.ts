import { linkSync, renameSync, unlinkSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
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
 * Without `force`, an existing target is never replaced — checked atomically by link(2), which
 * fails if the name is taken, so there is no window between "does it exist" and "write".
 */
export function writeFileAtomic(target: string, content: string | Uint8Array, options: { force?: boolean } = {}): void {
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    writeFileSync(temporary, content, { flag: "wx" });
    if (options.force) {
      renameSync(temporary, target);
    } else {
      try {
        linkSync(temporary, target);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "EEXIST") throw new FileExistsError(target);
        throw error;
      }
      unlinkSync(temporary);
    }
  } catch (error) {
    try {
      unlinkSync(temporary);
    } catch {
      // already gone (renamed into place, or never written)
    }
    throw error;
  }
}
