/**
 * `lint --cache`, with ESLint's semantics: a file's result is kept against a hash of its bytes and used
 * again while nothing that could change it has changed — the run's key (gongshi's version and code, the
 * working folder, the config's rules and waiver policy, --standard and --holidays: the caller makes it)
 * and the other files the result was read from (the standard a proposal names, the proposal a delivery
 * file names), each kept with its own hash. A cache file that is missing, unreadable, corrupt or made
 * under another key is ignored and written anew; it is never trusted for what it does not prove.
 */
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { basename, resolve } from "node:path";
import { FileRefused, readRegularFile } from "../files/read.js";
import { writeFileAtomic } from "../files/safe-write.js";
import type { FileResult } from "./lint-files.js";

/** Where --cache keeps results when --cache-location does not say (ESLint's is .eslintcache). */
export const DEFAULT_CACHE_FILE = ".gongshicache";

/** The cache file's own format; another one is ignored. */
const FORMAT = 1;
/** A cache larger than this is not read (10,000 proposals' results take a few MB). */
const MAX_CACHE_BYTES = 256 * 1024 * 1024;
/** The largest file hashed for the cache: the largest a proposal may be. */
const MAX_HASHED_BYTES = 5 * 1024 * 1024;

interface Entry {
  hash: string;
  /** Other files the result was read from, by absolute path, with their hashes. */
  deps: Record<string, string>;
  result: FileResult;
}

interface CacheFile {
  format: number;
  key: string;
  entries: Record<string, Entry>;
}

export function sha256(data: string | Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}

export class LintCache {
  private readonly old: Record<string, Entry>;
  private readonly kept: Record<string, Entry> = {};
  /** Hashes of files already read this run (a standard many proposals name is read once). */
  private readonly hashes = new Map<string, string | undefined>();
  hits = 0;

  private constructor(
    readonly location: string,
    private readonly key: string,
    old: Record<string, Entry>,
    /** False when the location holds a file that is not a gongshi cache (a proposal, say): it is never overwritten. */
    readonly writable: boolean,
  ) {
    this.old = old;
  }

  /** The cache at `location` for a run with this key; an unusable file counts as no cache. */
  static open(location: string, key: string): LintCache {
    let entries: Record<string, Entry> = {};
    // A file by the cache's own name is the cache, however damaged; any other file must show it is one.
    let writable = !existsSync(location) || basename(location) === DEFAULT_CACHE_FILE;
    try {
      const stored = JSON.parse(readRegularFile(location, MAX_CACHE_BYTES).toString("utf8")) as Partial<CacheFile>;
      // Ours (any key, any contents): replaced after the run. Anything else is left alone.
      const ours = typeof stored === "object" && stored !== null && typeof stored.format === "number" && typeof stored.key === "string";
      writable ||= ours;
      if (ours && stored.format === FORMAT && stored.key === key && typeof stored.entries === "object" && stored.entries !== null) {
        entries = stored.entries;
      }
    } catch {
      // Missing, not a regular file, too large or not JSON: nothing to reuse.
    }
    return new LintCache(location, key, entries, writable);
  }

  /** The hash of a file's bytes, once per run; undefined when it cannot be read (its result is then not kept). */
  hashOf(file: string): string | undefined {
    const path = resolve(file);
    if (this.hashes.has(path)) return this.hashes.get(path);
    let hash: string | undefined;
    try {
      hash = sha256(readRegularFile(path, MAX_HASHED_BYTES));
    } catch (error) {
      if (!(error instanceof FileRefused)) throw error;
    }
    this.hashes.set(path, hash);
    return hash;
  }

  /** The kept result for `file` (shown as `file`), when the file and every file it was read from are unchanged. */
  lookup(file: string): FileResult | undefined {
    const path = resolve(file);
    const entry = Object.hasOwn(this.old, path) ? this.old[path] : undefined;
    if (!entry || typeof entry !== "object" || entry.hash !== this.hashOf(file)) return undefined;
    for (const [dep, hash] of Object.entries(entry.deps ?? {})) if (this.hashOf(dep) !== hash) return undefined;
    if (!entry.result || !Array.isArray(entry.result.findings) || !Array.isArray(entry.result.fatal)) return undefined;
    this.kept[path] = entry;
    this.hits++;
    return { ...entry.result, file };
  }

  /** Keeps a fresh result, with the other files it was read from; a result whose files cannot be hashed is not kept. */
  store(file: string, result: FileResult, readFrom: readonly string[]): void {
    const hash = this.hashOf(file);
    if (hash === undefined) return;
    const deps: Record<string, string> = {};
    for (const dep of readFrom) {
      const path = resolve(dep);
      if (path === resolve(file)) continue;
      const depHash = this.hashOf(path);
      if (depHash === undefined) return;
      deps[path] = depHash;
    }
    const { readFrom: _, ...kept } = result;
    this.kept[resolve(file)] = { hash, deps, result: kept };
  }

  /**
   * Writes the results of this run's files (only those: a file no longer linted leaves the cache); false,
   * writing nothing, when the location holds a file that is not a cache. Throws what the write throws.
   */
  save(): boolean {
    if (!this.writable) return false;
    const file: CacheFile = { format: FORMAT, key: this.key, entries: this.kept };
    writeFileAtomic(this.location, JSON.stringify(file), { force: true });
    return true;
  }
}
