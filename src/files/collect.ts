/**
 * Turns the paths and globs given to `gongshi lint` into a sorted list of candidate files. A folder means
 * every .yaml/.yml below it (not in hidden folders or node_modules, and not the file names the caller
 * excludes, such as config files); a glob supports *, **, ? and {a,b}, and takes .yaml/.yml files too
 * (`dir/**` never takes notes.txt or c.yaml.bak). A file named outright is always a candidate. What the
 * caller says is ignored is left out, and a folder it ignores is not entered.
 *
 * Nothing is passed over without a word: a symbolic link is followed (a linked folder once, however many
 * links lead to it), a .yaml entry that is not a regular file (a FIFO, a broken link) is a candidate so
 * that reading it says what it is, and a folder that cannot be read is listed in `unreadable`.
 */
import { readdirSync, realpathSync, statSync, type Dirent } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import { globToRegExp, hasGlob, toPosix } from "./glob.js";

export interface Collected {
  files: string[];
  /** The files named outright (not found in a folder or by a glob). */
  named: Set<string>;
  /** Arguments that matched nothing: ESLint treats these as a usage error. */
  unmatched: string[];
  /** Arguments whose every match was ignored (ESLint: "all files matched by … are ignored"). */
  allIgnored: string[];
  /** Files named outright that are ignored. */
  ignoredNamed: string[];
  /** How many files, and folders not entered, the ignore rules left out. */
  ignored: { files: number; folders: number };
  /** Folders that could not be read, with the system's reason (EACCES …). */
  unreadable: { path: string; code: string }[];
}

const PROPOSAL_EXTENSIONS = /\.ya?ml$/i;
const SKIPPED_DIRECTORIES = new Set(["node_modules", ".git"]);

export interface CollectOptions {
  cwd?: string;
  /** File names never collected from a folder or a glob (a file named outright is always taken). */
  excludeNames?: readonly string[];
  /** Whether a path is ignored (config ignores, --ignore-pattern, .gitignore); none with --no-ignore. */
  isIgnored?: (path: string, isDirectory: boolean) => boolean;
}

export function collectFiles(patterns: readonly string[], options: CollectOptions = {}): Collected {
  const cwd = options.cwd ?? process.cwd();
  const excluded = (file: string) => (options.excludeNames ?? []).some((name) => file.endsWith(sep + name) || file === name);
  const isIgnored = options.isIgnored ?? (() => false);
  const found = new Set<string>();
  const named = new Set<string>();
  const result: Collected = { files: [], named, unmatched: [], allIgnored: [], ignoredNamed: [], ignored: { files: 0, folders: 0 }, unreadable: [] };
  const walked = new Set<string>();
  const walk = (directory: string, enter: (folder: string) => boolean, visit: (file: string) => void) => walkFolder(directory, enter, visit, walked, result.unreadable);
  for (const pattern of patterns) {
    const before = found.size;
    const unreadableBefore = result.unreadable.length;
    const ignoredBefore = result.ignored.files + result.ignored.folders;
    let matchedExisting = false;
    const take = (file: string) => {
      if (isIgnored(file, false)) result.ignored.files++;
      else found.add(file);
    };
    const enter = (folder: string) => {
      if (!isIgnored(folder, true)) return true;
      result.ignored.folders++;
      return false;
    };
    if (!hasGlob(pattern)) {
      const path = resolve(cwd, pattern);
      const stats = statOrUndefined(path);
      if (stats?.isDirectory()) {
        if (enter(path)) walk(path, enter, (file) => PROPOSAL_EXTENSIONS.test(file) && !excluded(file) && take(file));
      } else if (stats) {
        // A file, or something else in a file's place (a FIFO, a device): reading it says which.
        matchedExisting = true;
        if (isIgnored(path, false)) result.ignoredNamed.push(path);
        else {
          found.add(path);
          named.add(path);
        }
      }
    } else {
      const { base, regex } = globToRegExp(pattern, cwd);
      if (statOrUndefined(base)?.isDirectory() && enter(base)) {
        walk(base, enter, (file) => PROPOSAL_EXTENSIONS.test(file) && regex.test(toPosix(relative(base, file))) && !excluded(file) && take(file));
      }
    }
    if (found.size === before && !matchedExisting && result.unreadable.length === unreadableBefore) {
      if (result.ignored.files + result.ignored.folders > ignoredBefore) result.allIgnored.push(pattern);
      else result.unmatched.push(pattern);
    }
  }
  result.files = [...found].sort();
  return result;
}

function statOrUndefined(path: string) {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/**
 * Every file below `directory`, links followed; each folder is walked once (by its real path), so a link
 * back up the tree ends there. Folders that cannot be read are recorded, never skipped in silence.
 */
function walkFolder(
  directory: string,
  enter: (folder: string) => boolean,
  visit: (file: string) => void,
  walked: Set<string>,
  unreadable: { path: string; code: string }[],
): void {
  const pending = [directory];
  while (pending.length > 0) {
    const folder = pending.pop()!;
    let real: string;
    let entries: Dirent[];
    try {
      real = realpathSync(folder);
      if (walked.has(real)) continue;
      walked.add(real);
      entries = readdirSync(folder, { withFileTypes: true });
    } catch (error) {
      unreadable.push({ path: folder, code: (error as NodeJS.ErrnoException).code ?? "EIO" });
      continue;
    }
    const folders: string[] = [];
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(folder, entry.name);
      let isFolder = entry.isDirectory();
      if (entry.isSymbolicLink()) isFolder = statOrUndefined(path)?.isDirectory() === true;
      if (isFolder) {
        if (!entry.name.startsWith(".") && !SKIPPED_DIRECTORIES.has(entry.name) && enter(path)) folders.push(path);
      } else visit(path);
    }
    // Depth first, in name order.
    pending.push(...folders.reverse());
  }
}
