import { exampleProposal } from "./examples.js";
import { defineRule } from "../engine/rule.js";

/**
 * The other half of reading a tender: what gongshi did not understand, or understood but cannot check from a
 * plan, is handed to a person at the sentence's line — never guessed, never dropped, and never a reason to
 * refuse the rest of the proposal.
 */
export default defineRule({
  meta: {
    id: "tender-indicator-unread",
    ruleSet: "funder",
    severity: "warning",
    source: {
      document: "招标文件（tender.indicators）",
      clause: "采购需求",
      quote: "服务方案须满足采购需求中的各项最低（或最高）指标。",
    },
    description: {
      zh: "招标指标中 gongshi 读不懂或无法从方案核对的部分，须由评估人员阅读核对",
      en: "Parts of the tender's indicators that gongshi cannot read, or cannot check from a plan, go to a person",
    },
    messages: {
      noRequirement: {
        zh: "“{part}”中没有“不少于 / 不超过 + 数字”这样的要求，须由人工阅读核对",
        en: "“{part}” states no requirement such as “不少于 N” or “不超过 N”: a person must read it",
      },
      number: {
        zh: "“{part}”中的数字无法确定地读出，须由人工阅读核对",
        en: "the number in “{part}” cannot be read for sure: a person must read it",
      },
      unknownSubject: {
        zh: "看不出“{part}”要求的是方案中的哪一项服务，须由人工核对；也可在这条指标上写 counts 说明计入哪些服务",
        en: "cannot tell which of the plan's services “{part}” counts: a person must check it, or give counts on this indicator",
      },
      notActivity: {
        zh: "“{part}”不是参考工时表中的社区活动（街头巡查、宣传等另有其事），须由人工核对；也可在这条指标上写 counts 说明计入哪些服务",
        en: "“{part}” is not a community activity of the reference table (outreach, publicity…): a person must check it, or give counts",
      },
      unitMismatch: {
        zh: "“{part}”的单位“{unit}”与{measure}不相符，未作比较，须由人工核对",
        en: "in “{part}” the unit “{unit}” does not fit {measure}: not compared, a person must check it",
      },
      ambiguous: {
        zh: "“{part}”没有写单位，可能指{measure}，不作猜测，须由人工核对",
        en: "“{part}” gives no unit and could mean {measure}: not guessed, a person must check it",
      },
      noUnitOwner: {
        zh: "看不出“{part}”说的是哪一种服务的每一次/每一个，须由人工核对",
        en: "cannot tell what “{part}” is a requirement on each of: a person must check it",
      },
      perPeriod: {
        zh: "“{part}”是按时间段（每月、每季度……）的要求，方案只写全期的数量，须由人工核对",
        en: "“{part}” is a requirement per period of time (each month, each quarter…), which a plan's totals do not show: a person must check it",
      },
      uncheckable: {
        zh: "“{clause}”是{measure}，须在评估时由人工核对（未与任何数量比较）",
        en: "“{clause}” is {measure}: a person checks it at evaluation (not compared with any count)",
      },
    },
    examples: {
      pass: exampleProposal({ extra: "tender:\n  indicators:\n    - 专业咨询不少于 1,000 次" }),
      fail: exampleProposal({ extra: "tender:\n  indicators:\n    - 服务对象满意度不低于90%\n    - 志愿者不少于20名" }),
      reports: [
        { messageId: "uncheckable", line: 11, column: 7 },
        { messageId: "unknownSubject", line: 12, column: 7 },
      ],
    },
  },
  check({ proposal, tender }, report) {
    const MESSAGE = {
      "no-requirement": "noRequirement",
      number: "number",
      "unknown-subject": "unknownSubject",
      "not-activity": "notActivity",
      "unit-mismatch": "unitMismatch",
      ambiguous: "ambiguous",
      "no-unit-owner": "noUnitOwner",
      "per-period": "perPeriod",
    } as const;
    for (const part of proposal.tender?.unread ?? []) {
      report({ messageId: MESSAGE[part.reason], path: part.path, data: { part: part.part, unit: part.unit || "（无）", measure: part.measure ?? "" } });
    }
    for (const result of tender ?? []) {
      if (result.verdict !== "uncheckable") continue;
      report({ messageId: "uncheckable", path: result.path, data: { clause: result.indicator.clause, measure: result.indicator.label.zh } });
    }
  },
});
