// Loads the CLI: the bundled dist/gongshi.cjs through vm.Script with a V8 code cache, else the plain
// compiled modules in dist/cli/. CommonJS (bin/package.json), so start-up never waits on the ES module
// loader.
//
// A code cache is used only when it was made from exactly what runs now: V8 itself checks little more
// than the source's length, so a same-length edit of the bundle would run the old code. Each cache file
// starts with a key, a SHA-256 of this V8 (cachedDataVersionTag), Node's version and architecture, the V8
// flags (execArgv and NODE_OPTIONS) and the bundle's bytes; a file whose key differs is never handed to
// V8. The build writes dist/gongshi.cache; a run that finds no cache made for it (another Node, a flag
// such as --max-old-space-size) writes one to the user's cache folder once the command is done, so the
// next run starts fast. That write is best effort: it never fails the command and never says a word.
"use strict";
const { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } = require("node:fs");
const { createHash, randomBytes } = require("node:crypto");
const { homedir } = require("node:os");
const { dirname, join, posix, win32 } = require("node:path");
const v8 = require("node:v8");
const vm = require("node:vm");

const BUNDLE = join(__dirname, "..", "dist", "gongshi.cjs");
const CODE_CACHE = join(__dirname, "..", "dist", "gongshi.cache");

// The script's name as stack traces show it. V8 keeps the name a code cache was made under, so it is the
// same on every machine: never the folder of whoever built the package.
const SCRIPT_NAME = "gongshi/dist/gongshi.cjs";
const KEY_BYTES = 32;
/** Caches kept in the user's folder (one per bundle, Node and flags); older ones are removed. */
const KEEP = 8;

/** The key of a code cache for `bundle` made or used by this process. */
function cacheKey(bundle) {
  const runtime = [v8.cachedDataVersionTag(), process.version, process.arch, process.execArgv, process.env.NODE_OPTIONS ?? ""];
  return createHash("sha256").update(JSON.stringify(runtime)).update("\0").update(bundle).digest();
}

/**
 * The per-user cache folder: %LOCALAPPDATA%\gongshi\Cache on Windows, else $XDG_CACHE_HOME/gongshi (an
 * absolute one, as the XDG specification has it) or ~/.cache/gongshi.
 */
function userCacheFolder(env = process.env, platform = process.platform, home = homedir) {
  const home_ = () => (typeof home === "function" ? home() : home);
  if (platform === "win32") return win32.join(env.LOCALAPPDATA || win32.join(home_(), "AppData", "Local"), "gongshi", "Cache");
  return posix.join(env.XDG_CACHE_HOME && posix.isAbsolute(env.XDG_CACHE_HOME) ? env.XDG_CACHE_HOME : posix.join(home_(), ".cache"), "gongshi");
}

/** The V8 data of a cache file whose key is `key`, or undefined (no file, or one made from something else). */
function readCache(file, key) {
  try {
    const bytes = readFileSync(file);
    if (bytes.length > KEY_BYTES && key.equals(bytes.subarray(0, KEY_BYTES))) return bytes.subarray(KEY_BYTES);
  } catch {
    // No cache there: compile as usual.
  }
  return undefined;
}

/** Writes a cache file whole or not at all: a temporary file beside it, then a rename. */
function writeCache(file, key, data) {
  const temporary = `${file}.${process.pid}-${randomBytes(4).toString("hex")}.tmp`;
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(temporary, Buffer.concat([key, data]), { flag: "wx" });
    renameSync(temporary, file);
    return true;
  } catch {
    try {
      rmSync(temporary, { force: true });
    } catch {
      // Nothing was written there.
    }
    return false;
  }
}

/** Keeps the newest KEEP caches in the user's folder. */
function prune(folder) {
  const caches = readdirSync(folder)
    .filter((name) => /^[0-9a-f]{64}\.cache$/.test(name))
    .map((name) => ({ file: join(folder, name), time: statSync(join(folder, name)).mtimeMs }))
    .sort((a, b) => b.time - a.time);
  for (const { file } of caches.slice(KEEP)) rmSync(file, { force: true });
}

/**
 * @returns {Promise<{ main: (argv: string[]) => Promise<number>, script?: vm.Script, cache?: "bundled" | "user",
 *   saveCodeCache: (file?: string) => boolean }>}
 * `cache` says which cache V8 accepted (none when undefined); `saveCodeCache()` writes one to the user's
 * folder when none was (call it once the command has run, so the cache holds what it compiled), or to `file`.
 */
async function loadCli({ useCache = true, env = process.env } = {}) {
  const bundle = (() => {
    try {
      return readFileSync(BUNDLE);
    } catch {
      return undefined;
    }
  })();
  if (!bundle) {
    const exports = await import("../dist/cli/main.js");
    return { main: exports.main, exports, saveCodeCache: () => false };
  }
  const key = cacheKey(bundle);
  let userFile;
  try {
    userFile = join(userCacheFolder(env), `${key.toString("hex")}.cache`);
  } catch {
    // No home folder: no user cache.
  }
  let cache;
  let cachedData;
  if (useCache) {
    cachedData = readCache(CODE_CACHE, key);
    if (cachedData) cache = "bundled";
    else if (userFile && (cachedData = readCache(userFile, key))) cache = "user";
  }
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname, __gongshiImport) {${bundle.toString("utf8")}\n})`, {
    filename: SCRIPT_NAME,
    cachedData,
  });
  if (script.cachedDataRejected) cache = undefined;
  const module = { exports: {} };
  // import() inside vm.Script needs a host hook; this module's own import() stands in (a --format module).
  const importModule = (specifier) => import(specifier);
  script.runInThisContext()(module.exports, require("node:module").createRequire(BUNDLE), module, BUNDLE, dirname(BUNDLE), importModule);
  const saveCodeCache = (file) => {
    const target = file ?? (cache ? undefined : userFile);
    if (!target) return false;
    let written = false;
    try {
      written = writeCache(target, key, script.createCachedData());
      if (written && !file) prune(dirname(target));
    } catch {
      // Best effort: a cache that cannot be written or tidied is simply not there next time.
    }
    return written;
  };
  return { main: module.exports.main, exports: module.exports, script, cache, saveCodeCache };
}

module.exports = { BUNDLE, CODE_CACHE, loadCli, userCacheFolder };
