import { exampleProposal } from "./examples.js";
import { defineRule } from "../engine/rule.js";
import { nameKey } from "../standard/names.js";

/**
 * 四（一）2: the 30 % of a year that is not direct service goes to staff training, supervision,
 * continuing education, meetings, project evaluation, team building, publicity, policy advocacy and
 * research. A service outside the table whose name reads as one of these is probably that time counted
 * as service. The words are chosen in the staff's sense: 培训 alone is also what clients receive (a
 * lecture is direct work), so only staff training is read as indirect; 宣传 alone is also telling clients
 * about a policy, so only publicity material and channels are.
 */
const INDIRECT: readonly { kind: string; words: string[] }[] = [
  { kind: "培训", words: ["员工培训", "社工培训", "人员培训", "岗前培训", "内部培训", "业务培训", "参加培训", "外出培训", "能力建设培训"] },
  { kind: "督导", words: ["督导"] },
  { kind: "继续教育", words: ["继续教育"] },
  { kind: "工作会议", words: ["工作会议", "例会", "内部会议", "项目会议", "总结会"] },
  { kind: "项目评估", words: ["项目评估", "中期评估", "末期评估", "终期评估", "结项评估", "自评", "自我评估", "迎评", "第三方评估"] },
  { kind: "团队建设", words: ["团队建设", "团建"] },
  { kind: "宣传推广", words: ["宣传推广", "宣传手册", "宣传册", "宣传品", "宣传资料", "宣传单", "折页", "海报", "新闻稿", "公众号", "推文", "宣传片", "品牌推广", "项目推广", "编印"] },
  { kind: "政策倡导", words: ["政策倡导", "倡导"] },
  { kind: "研究", words: ["研究", "课题", "论文"] },
];

const custom = (name: string) => exampleProposal({ services: `  - item: 专业咨询\n    count: 1340\n  - custom: ${name}\n    count: 2\n    hours: 16\n    justification: 每次：内容 8 小时 + 编辑 6 小时 + 对接 2 小时` });

export default defineRule({
  meta: {
    id: "indirect-work",
    ruleSet: "suzhou-2016",
    severity: "warning",
    source: {
      clause: "四（一）2",
      quote: "一名全职人员全年的直接服务工作量按年均工作时数的 70% 确定，即 1960 * 70% = 1372 小时。其余为间接服务，用于工作人员参加培训、督导、继续教育、工作会议、项目评估、团队建设、宣传推广、政策倡导和研究等。",
    },
    description: {
      zh: "其他服务读来是间接服务（培训、督导、继续教育、工作会议、项目评估、团队建设、宣传推广、政策倡导和研究）：间接服务在 30% 之内，不计入服务工作量",
      en: "A custom service that reads as indirect work (staff training, supervision, meetings, evaluation, team building, publicity, advocacy, research): that is the other 30 %, not service workload",
    },
    messages: {
      indirect: {
        zh: "“{name}”读来是{kind}（“{word}”），属于间接服务，在年均工作时数的 30% 之内，不计入服务工作量；如确是直接服务，请在名称中写明服务对象与内容",
        en: "“{name}” reads as {kind} (“{word}”), which is indirect work, part of the other 30 %, not service workload; if it is direct service, say whom it serves and how in its name",
      },
    },
    examples: { pass: custom("救助政策入户讲解"), fail: custom("救助政策宣传手册编印"), reports: [{ messageId: "indirect", line: 9, column: 13 }] },
  },
  check({ proposal }, report) {
    for (const entry of proposal.entries) {
      if (entry.kind !== "custom" || entry.count === 0) continue;
      const key = nameKey(entry.name);
      for (const { kind, words } of INDIRECT) {
        const word = words.find((w) => key.includes(w));
        if (!word) continue;
        report({ messageId: "indirect", path: [...entry.path, "custom"], data: { name: entry.name, kind, word } });
        break;
      }
    }
  },
});
