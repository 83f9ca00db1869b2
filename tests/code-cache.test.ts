/**
 * The V8 code cache never runs code other than the bundle's own (V8 itself checks little more than the
 * source's length), and a Node or a flag the build did not use gets a cache of its own in the user's cache
 * folder after one run. Each test works on a copy of the built package, with its own cache folder.
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, tempDir } from "./helpers.js";

const { userCacheFolder } = (await import("../bin/cli-loader.js")) as unknown as {
  userCacheFolder: (env: Record<string, string | undefined>, platform?: string, home?: string) => string;
};

/** The built package as installed (what package.json's "files" ships), plus the examples to run. */
function copyOfPackage(): string {
  const copy = tempDir();
  for (const path of ["bin", "dist/gongshi.cjs", "dist/standards", "templates", "schema", "package.json", "examples", "scripts/warm-cache.mjs"]) {
    cpSync(join(ROOT, path), join(copy, path), { recursive: true });
  }
  return copy;
}

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function environment(extra: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: "1", NODE_OPTIONS: undefined, LANG: undefined, LC_ALL: undefined, ...extra };
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
  return env as NodeJS.ProcessEnv;
}

function node(copy: string, args: string[], env: Record<string, string | undefined>): Run {
  const result = spawnSync(process.execPath, args, { cwd: copy, env: environment(env), encoding: "utf8" });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Which cache the copy's loader hands to V8 in a fresh process, and whether V8 took it. */
function probe(copy: string, env: Record<string, string | undefined>): { cache: string | null; rejected: boolean | null } {
  const script = join(copy, "probe.cjs");
  writeFileSync(
    script,
    'require("./bin/cli-loader.js").loadCli().then(({ cache, script }) => process.stdout.write(JSON.stringify({ cache: cache ?? null, rejected: script ? script.cachedDataRejected ?? null : null })));\n',
  );
  const result = node(copy, [script], env);
  expect(result.stderr).toBe("");
  return JSON.parse(result.stdout) as { cache: string | null; rejected: boolean | null };
}

/** Writes the copy's dist/gongshi.cache as `npm run build` does, in this environment. */
function warm(copy: string, env: Record<string, string | undefined>): void {
  const result = node(copy, [join(copy, "scripts", "warm-cache.mjs")], env);
  expect(result.status, result.stderr).toBe(0);
}

describe("the V8 code cache", () => {
  it("is used when it was made from this bundle, this Node and these flags", () => {
    const copy = copyOfPackage();
    const env = { XDG_CACHE_HOME: tempDir() };
    warm(copy, env);
    expect(probe(copy, env)).toEqual({ cache: "bundled", rejected: false });
  });

  it("is never used after an edit of the bundle that keeps its length: the new code runs", () => {
    const copy = copyOfPackage();
    const env = { XDG_CACHE_HOME: tempDir() };
    warm(copy, env);
    const bundle = join(copy, "dist", "gongshi.cjs");
    const before = readFileSync(bundle, "utf8");
    expect(before.split('"Workload bounds"')).toHaveLength(2);
    writeFileSync(bundle, before.replace('"Workload bounds"', '"Workload BOUNDS"'));
    expect(readFileSync(bundle).length).toBe(Buffer.byteLength(before));
    const check = node(copy, [join("bin", "gongshi.js"), "--lang", "en", "check", "examples/community-elderly.yaml"], env);
    expect(check.status, check.stderr).toBe(0);
    expect(check.stdout).toContain("Workload BOUNDS");
    expect(check.stdout).not.toContain("Workload bounds");
  });

  it("is made for another Node or other flags once, in the user's cache folder, and used from then on", () => {
    const copy = copyOfPackage();
    const folder = tempDir();
    warm(copy, { XDG_CACHE_HOME: folder });
    // A flag the build did not run with: V8 would reject the build's cache (and silently compile).
    const env = { XDG_CACHE_HOME: folder, NODE_OPTIONS: "--max-old-space-size=4096" };
    expect(probe(copy, env)).toEqual({ cache: null, rejected: null });
    const first = node(copy, [join("bin", "gongshi.js"), "check", "examples/station.yaml"], env);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stderr).toBe("");
    const written = readdirSync(join(folder, "gongshi"));
    expect(written).toHaveLength(1);
    expect(written[0]).toMatch(/^[0-9a-f]{64}\.cache$/);
    expect(probe(copy, env)).toEqual({ cache: "user", rejected: false });
    // Without the flag, the build's own cache again.
    expect(probe(copy, { XDG_CACHE_HOME: folder })).toEqual({ cache: "bundled", rejected: false });
  });

  it("never fails a command nor says a word when the cache folder cannot be written", () => {
    const copy = copyOfPackage();
    const notAFolder = join(tempDir(), "file");
    writeFileSync(notAFolder, "");
    const run = node(copy, [join("bin", "gongshi.js"), "check", "examples/station.yaml"], { XDG_CACHE_HOME: notAFolder, NODE_OPTIONS: "--max-old-space-size=4096" });
    expect(run.status).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.stdout).toContain("工作量区间");
    expect(existsSync(join(copy, "dist", "gongshi.cache"))).toBe(false);
  });

  it("lives in %LOCALAPPDATA% on Windows, else in $XDG_CACHE_HOME or ~/.cache", () => {
    expect(userCacheFolder({ LOCALAPPDATA: "C:\\Users\\wang\\AppData\\Local" }, "win32", "C:\\Users\\wang")).toMatch(/^C:\\Users\\wang\\AppData\\Local[\\/]gongshi[\\/]Cache$/);
    expect(userCacheFolder({}, "win32", "C:\\Users\\wang")).toMatch(/^C:\\Users\\wang[\\/]AppData[\\/]Local[\\/]gongshi[\\/]Cache$/);
    expect(userCacheFolder({ XDG_CACHE_HOME: "/var/cache/wang" }, "linux", "/home/wang")).toBe("/var/cache/wang/gongshi");
    // A relative XDG_CACHE_HOME is to be ignored (XDG Base Directory Specification).
    expect(userCacheFolder({ XDG_CACHE_HOME: "cache" }, "linux", "/home/wang")).toBe("/home/wang/.cache/gongshi");
    expect(userCacheFolder({}, "darwin", "/Users/wang")).toBe("/Users/wang/.cache/gongshi");
  });
});
