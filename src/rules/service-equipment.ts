import { checkFacilities, EQUIPMENT } from "./facilities.js";
import { exampleProposal } from "./examples.js";
import { defineRule } from "../engine/rule.js";

const equipment = (list: string) => exampleProposal({ project: "  kind: 社区", extra: `management:\n  equipment: [${list}]` });

export default defineRule({
  meta: {
    id: "service-equipment",
    ruleSet: "mzt-071",
    severity: "warning",
    source: { clause: "8.2.2", quote: "社区社会工作服务场所宜配备计算机、录音、录像、音响等硬件设备，保障社会工作者提供服务的需要。" },
    description: {
      zh: "服务场所宜配备计算机、录音、录像、音响等硬件设备（management.equipment）",
      en: "The service venue should have a computer and recording, video and sound equipment (management.equipment)",
    },
    messages: {
      missing: {
        zh: "服务场所的设备中没有：{missing}（宜配备计算机、录音、录像、音响等）",
        en: "the venue's equipment has no {missing} (a computer, recording, video and sound equipment are recommended)",
      },
      unstated: {
        zh: "方案没有写明服务场所的硬件设备（management.equipment），无法核对是否配备：{wanted}",
        en: "the proposal does not list its equipment (management.equipment), so whether it has these cannot be checked: {wanted}",
        severity: "info",
      },
    },
    examples: { pass: equipment("笔记本电脑, 录音笔, 摄像机, 音响"), fail: equipment("笔记本电脑, 音响"), reports: [{ messageId: "missing", line: 11, column: 3 }] },
  },
  check: checkFacilities("equipment", EQUIPMENT),
});
