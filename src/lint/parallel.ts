/**
 * lint over many files on every core: the files are split into contiguous shares, one linted here and
 * the others each in a worker thread running the same bundle (bin/lint-worker.js), and the results put
 * back in the files' order, so the report is the same as a run on one core. Worth it only past a few
 * dozen files (a worker takes some 100 ms to start); anything unexpected from a worker — it cannot be
 * started, it fails — and its share is linted here instead, so a worker can only ever cost time.
 */
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { InputProblem } from "../source/problem.js";
import { lintFiles, SetupError, type FileResult, type LintOptions } from "./lint-files.js";

/** Below this many files per thread, one thread is faster. */
const FILES_PER_THREAD = 40;
/** More threads than this stop paying on the machines gongshi runs on (and each holds a copy of the bundle). */
const MAX_THREADS = 4;

/** What a worker is sent: plain data (the config's Map survives structured cloning). */
export interface WorkerTask {
  files: string[];
  options: Pick<LintOptions, "config" | "standard" | "publicHolidays">;
}

/** What a worker answers: progress as it goes, then the results or the setup fault that stops the run. */
export type WorkerMessage = { done: number } | { results: FileResult[] } | { setup: InputProblem[] };

/** How many threads to use: `requested` (--concurrency), or (undefined or 0: auto) one per core up to MAX_THREADS; never more than the files allow. */
export function threadsFor(files: number, requested?: number): number {
  const wanted = requested ? requested : Math.min(availableParallelism(), MAX_THREADS);
  return Math.max(1, Math.min(wanted, Math.floor(files / FILES_PER_THREAD)));
}

/**
 * Lints `files` on `threads` threads (this one included); `workerScript` is bin/lint-worker.js, absent
 * when running from the sources (then everything is linted here).
 */
export async function lintInParallel(files: readonly string[], options: LintOptions, threads: number, workerScript: string): Promise<FileResult[]> {
  if (threads <= 1 || !existsSync(workerScript)) return lintFiles(files, options);
  const share = Math.ceil(files.length / threads);
  const shares = Array.from({ length: threads }, (_, i) => files.slice(i * share, (i + 1) * share)).filter((s) => s.length > 0);
  let done = 0;
  const progress = (n: number) => {
    done += n;
    options.onProgress?.(done, files.length);
  };
  const task = (shareFiles: string[]): WorkerTask => ({ files: shareFiles, options: { config: options.config, standard: options.standard, publicHolidays: options.publicHolidays } });
  // Started first, so they work while this thread lints its own share.
  const others = shares.slice(1).map((s) => inWorker(workerScript, task(s), progress));
  let mine: FileResult[];
  let last = 0;
  try {
    mine = lintFiles(shares[0]!, {
      ...options,
      onProgress: (n) => {
        progress(n - last);
        last = n;
      },
    });
  } catch (error) {
    await Promise.allSettled(others);
    throw error;
  }
  const results = [mine];
  for (const [i, pending] of others.entries()) {
    const outcome = await pending;
    if (outcome instanceof SetupError) throw outcome;
    results.push(outcome ?? lintFiles(shares[i + 1]!, { ...options, onProgress: undefined }));
  }
  return results.flat();
}

/** One share in a worker thread: its results, the SetupError it met, or undefined when the worker itself failed. */
function inWorker(script: string, task: WorkerTask, progress: (n: number) => void): Promise<FileResult[] | SetupError | undefined> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(script, { workerData: task, stdout: true, stderr: true });
    } catch {
      resolve(undefined);
      return;
    }
    let settled = false;
    const settle = (value: FileResult[] | SetupError | undefined) => {
      if (settled) return;
      settled = true;
      resolve(value);
      void worker.terminate();
    };
    worker.on("message", (message: WorkerMessage) => {
      if ("done" in message) progress(message.done);
      else if ("results" in message) settle(message.results);
      else settle(new SetupError(message.setup));
    });
    worker.on("error", () => settle(undefined));
    worker.on("exit", () => settle(undefined));
  });
}

/** The worker's side, run in bin/lint-worker.js through the bundle: lints its share and posts what it found. */
export function serveLintWorker(task: WorkerTask, post: (message: WorkerMessage) => void): void {
  let reported = 0;
  try {
    const results = lintFiles(task.files, {
      ...task.options,
      onProgress: (done) => {
        // Now and then, not per file: a message costs more than a small file's lint.
        if (done - reported >= 25 || done === task.files.length) {
          post({ done: done - reported });
          reported = done;
        }
      },
    });
    post({ results });
  } catch (error) {
    if (error instanceof SetupError) post({ setup: error.problems });
    else throw error;
  }
}
