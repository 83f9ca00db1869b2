import type { RuleSetting } from "./rule.js";

/** The words a config file or --rule may use for a rule's setting, in English or Chinese. */
export const SETTING_ALIASES: Readonly<Record<string, RuleSetting>> = {
  off: "off",
  关闭: "off",
  info: "info",
  提示: "info",
  warning: "warning",
  warn: "warning",
  警告: "warning",
  error: "error",
  错误: "error",
};
