/**
 * Turns the paths and globs given to `gongshi lint` into a sorted list of files. A folder means
 * every .yaml/.yml below it (not in hidden folders or node_modules, and not the file names the caller
 * excludes, such as config files); a glob supports *, **, ? and {a,b}. Node 20 has no fs.glob, and this
 * is all lint needs.
 */
import { readdirSync, statSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";

export interface Collected {
  files: string[];
  /** Arguments that matched nothing: ESLint treats these as a usage error. */
  unmatched: string[];
}

const PROPOSAL_EXTENSIONS = /\.ya?ml$/i;
const SKIPPED_DIRECTORIES = new Set(["node_modules", ".git"]);

export interface CollectOptions {
  cwd?: string;
  /** File names never collected from a folder or a glob (a file named outright is always taken). */
  excludeNames?: readonly string[];
}

export function collectFiles(patterns: readonly string[], options: CollectOptions = {}): Collected {
  const cwd = options.cwd ?? process.cwd();
  const excluded = (file: string) => (options.excludeNames ?? []).some((name) => file.endsWith(sep + name) || file === name);
  const found = new Set<string>();
  const unmatched: string[] = [];
  for (const pattern of patterns) {
    const before = found.size;
    let matchedExisting = false;
    if (!hasGlob(pattern)) {
      const path = resolve(cwd, pattern);
      const stats = statOrUndefined(path);
      if (stats?.isDirectory()) {
        walk(path, (file) => {
          if (PROPOSAL_EXTENSIONS.test(file) && !excluded(file)) found.add(file);
        });
      } else if (stats?.isFile()) {
        found.add(path);
        matchedExisting = true;
      }
    } else {
      const { base, regex } = globToRegExp(pattern, cwd);
      if (statOrUndefined(base)?.isDirectory()) {
        walk(base, (file) => {
          if (regex.test(toPosix(relative(base, file))) && !excluded(file)) found.add(file);
        });
      }
    }
    if (found.size === before && !matchedExisting) unmatched.push(pattern);
  }
  return { files: [...found].sort(), unmatched };
}

function statOrUndefined(path: string) {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

function walk(directory: string, visit: (file: string) => void): void {
  let entries;
  try {
    entries = readdirSync(directory, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) {
      if (!entry.name.startsWith(".") && !SKIPPED_DIRECTORIES.has(entry.name)) walk(path, visit);
    } else if (entry.isFile()) visit(path);
  }
}

function hasGlob(pattern: string): boolean {
  return /[*?{]/.test(pattern);
}

function toPosix(path: string): string {
  return path.split(sep).join("/");
}

/** "proposals/**\/*.yaml" → base "proposals", and a regex for the rest relative to it. */
export function globToRegExp(pattern: string, cwd: string): { base: string; regex: RegExp } {
  const parts = toPosix(pattern).split("/");
  const firstGlob = parts.findIndex((p) => hasGlob(p));
  const base = resolve(cwd, parts.slice(0, firstGlob).join("/") || ".");
  const rest = parts.slice(firstGlob);
  let source = "";
  rest.forEach((part, i) => {
    const last = i === rest.length - 1;
    if (part === "**") {
      source += last ? ".*" : "(?:[^/]+/)*";
      return;
    }
    source += segmentToRegExp(part) + (last ? "" : "/");
  });
  return { base, regex: new RegExp(`^${source}$`) };
}

function segmentToRegExp(segment: string): string {
  let out = "";
  for (let i = 0; i < segment.length; i++) {
    const ch = segment[i]!;
    if (ch === "*") out += "[^/]*";
    else if (ch === "?") out += "[^/]";
    else if (ch === "{") {
      const end = segment.indexOf("}", i);
      if (end < 0) out += "\\{";
      else {
        out += `(?:${segment.slice(i + 1, end).split(",").map(escape).join("|")})`;
        i = end;
      }
    } else out += escape(ch);
  }
  return out;
}

function escape(text: string): string {
  return text.replace(/[.+^${}()|[\]\\]/g, "\\$&");
}
