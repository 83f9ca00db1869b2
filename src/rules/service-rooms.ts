import { checkFacilities, ROOMS } from "./facilities.js";
import { exampleProposal } from "./examples.js";
import { defineRule } from "../engine/rule.js";

const rooms = (list: string) => exampleProposal({ project: "  kind: 社区", extra: `management:\n  rooms: [${list}]` });

export default defineRule({
  meta: {
    id: "service-rooms",
    ruleSet: "mzt-071",
    severity: "error",
    source: { clause: "8.2.1", quote: "社区社会工作服务场所应设置开展社会工作服务所必需的个案工作室、小组工作室、多功能活动室等场所。" },
    description: {
      zh: "服务场所应设置个案工作室、小组工作室、多功能活动室（management.rooms）",
      en: "The service venue has a casework room, a group room and a multi-purpose room (management.rooms)",
    },
    messages: {
      missing: {
        zh: "服务场所缺少：{missing}（8.2.1 所列个案工作室、小组工作室、多功能活动室应设置）",
        en: "the service venue lacks: {missing} (a casework room, a group room and a multi-purpose room are required)",
      },
      unstated: {
        zh: "方案没有写明服务场所的功能室（management.rooms），无法核对是否设有：{wanted}",
        en: "the proposal does not list its rooms (management.rooms), so whether it has these cannot be checked: {wanted}",
        severity: "info",
      },
    },
    examples: { pass: rooms("个案工作室, 小组活动室, 多功能活动室"), fail: rooms("个案工作室, 多功能厅"), reports: [{ messageId: "missing", line: 11, column: 3 }] },
  },
  check: checkFacilities("rooms", ROOMS),
});
