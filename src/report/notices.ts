/**
 * Notes on standard error that are not findings: a config file the run does not use, files lint left
 * out (and why), a progress line. Reports on standard output never carry them.
 */
import { wordsIn, type Lang } from "../i18n/lang.js";
import { fitText } from "./fit.js";
import type { View } from "./paint.js";

const WORDS = {
  label: { zh: "注意", en: "note" },
  ignoredConfig: {
    zh: (file: string, inForce: string | undefined) =>
      `未使用 ${file}：每次运行只用一份配置（${inForce ? `本次为 ${inForce}` : "本次没有配置文件"}），子目录中的配置不起作用；可用 -c 指定`,
    en: (file: string, inForce: string | undefined) =>
      `${file} is not used: a run has one config (${inForce ? `this run uses ${inForce}` : "this run has none"}); configs in sub-folders have no effect; -c names one`,
  },
  skipped: {
    zh: (n: number, examples: string) => `跳过 ${n} 个不是方案的 YAML 文件（顶层没有 project: 或 services: 列表，如 ${examples}）；配置中的 files: 可指定方案文件`,
    en: (n: number, examples: string) => `skipped ${n} YAML file${n === 1 ? " that holds" : "s that hold"} no proposal (no top-level project: or services: list, e.g. ${examples}); a config's files: names proposal files`,
  },
  notInFiles: {
    zh: (n: number) => `跳过 ${n} 个不在配置 files: 之内的文件`,
    en: (n: number) => `skipped ${n} file${n === 1 ? "" : "s"} outside the config's files:`,
  },
  ignored: {
    zh: (files: number, folders: number) =>
      `忽略 ${[files ? `${files} 个文件` : "", folders ? `${folders} 个目录` : ""].filter(Boolean).join("、")}（配置的 ignores:、--ignore-pattern 或 .gitignore；--no-ignore 可取消）`,
    en: (files: number, folders: number) =>
      `ignored ${[files ? `${files} file${files === 1 ? "" : "s"}` : "", folders ? `${folders} folder${folders === 1 ? "" : "s"}` : ""].filter(Boolean).join(" and ")} (the config's ignores:, --ignore-pattern or .gitignore; --no-ignore lints them)`,
  },
  ignoredNamed: {
    zh: (file: string) => `忽略 ${file}：它匹配忽略规则（--no-ignore 可取消）`,
    en: (file: string) => `${file} is ignored by an ignore pattern (--no-ignore lints it)`,
  },
  summaryUnwritten: {
    zh: (reason: string) => `未写入作业摘要（GITHUB_STEP_SUMMARY）：${reason}；注释与退出码不受影响`,
    en: (reason: string) => `the job summary (GITHUB_STEP_SUMMARY) was not written: ${reason}; the annotations and the exit code stand`,
  },
  cacheUnwritten: {
    zh: (reason: string) => `未写入 lint 缓存：${reason}；本次结果不受影响，下次会重新检查全部文件`,
    en: (reason: string) => `the lint cache was not written: ${reason}; these results stand, the next run checks every file again`,
  },
  progress: {
    zh: (done: number, total: number) => `检查中 ${done}/${total} 个文件…`,
    en: (done: number, total: number) => `linting ${done}/${total} files…`,
  },
};

export type Notice =
  | { kind: "ignoredConfig"; file: string; inForce: string | undefined }
  | { kind: "skipped"; count: number; examples: string[] }
  | { kind: "notInFiles"; count: number }
  | { kind: "ignored"; files: number; folders: number }
  | { kind: "ignoredNamed"; file: string }
  | { kind: "summaryUnwritten"; reason: string }
  | { kind: "cacheUnwritten"; reason: string };

export function renderNotice(notice: Notice, { lang, paint, width }: View): string {
  const t = wordsIn(WORDS, lang);
  let text: string;
  switch (notice.kind) {
    case "ignoredConfig":
      text = t.ignoredConfig(notice.file, notice.inForce);
      break;
    case "skipped":
      text = t.skipped(notice.count, notice.examples.join(lang === "zh" ? "、" : ", "));
      break;
    case "notInFiles":
      text = t.notInFiles(notice.count);
      break;
    case "ignored":
      text = t.ignored(notice.files, notice.folders);
      break;
    case "ignoredNamed":
      text = t.ignoredNamed(notice.file);
      break;
    case "summaryUnwritten":
      text = t.summaryUnwritten(notice.reason);
      break;
    case "cacheUnwritten":
      text = t.cacheUnwritten(notice.reason);
  }
  return fitText(`${paint.yellow(t.label)}  ${text}`, width, 6) + "\n";
}

export function progressText(done: number, total: number, lang: Lang): string {
  return wordsIn(WORDS, lang).progress(done, total);
}
