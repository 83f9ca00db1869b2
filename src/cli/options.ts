import { InvalidArgumentError, Option, type Command } from "commander";

/** The options of every command that analyses a proposal, declared once: --standard, --holidays, --config. */
export function withAnalysisOptions(command: Command): Command {
  return command
    .option("--standard <id>", "参考工时标准（覆盖方案中的 project.standard）：templates/standards/ 下的名称或标准文件路径")
    .addOption(new Option("--holidays <days>", "公众假期天数：11（默认）或 13（国务院令第 795 号）").argParser(parseInteger))
    .option("--config <file>", "规则配置文件（默认：方案所在目录及上级目录中最近的 .gongshirc.yaml）");
}

export function parseInteger(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError(`不是整数 not a whole number: ${value}`);
  return Number(value);
}
