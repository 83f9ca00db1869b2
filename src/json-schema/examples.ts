/**
 * One example for every field of the schemas gongshi writes, keyed by its path (`services[].item`): what
 * an editor shows under the field's title when a person hovers over it or picks it from completion.
 * A field added to a zod schema without an example here fails `gongshi schema` and its test.
 */

const period = { start: "2026-01-01", end: "2026-12-31" };
const member = { name: "王晓燕", role: "项目主管", fte: 1, qualification: "社会工作师", years: 7 };
const supervisor = { name: "钱立", origin: "本土", years: 9, qualification: "社会工作师", rate: 200 };
const session = { type: "团体", count: 12, hours: 3, supervisees: 3 };
const budgetLine = { category: "活动经费", item: "社区中小型活动物资", unit_price: 1500, unit: "次", quantity: 12, note: "每次 1500 元" };
const counts = { 专业咨询: 58, 探访: 205 };

export const PROPOSAL_EXAMPLES: Readonly<Record<string, unknown>> = {
  project: { name: "双塔街道长者关爱与社区融合项目", kind: "社区", months: 12 },
  "project.name": "双塔街道长者关爱与社区融合项目",
  "project.organisation": "苏州市姑苏区同心社会工作服务中心",
  "project.region": "苏州市姑苏区双塔街道",
  "project.kind": "社区",
  "project.months": 12,
  "project.period": period,
  "project.period.start": period.start,
  "project.period.end": period.end,
  "project.standard": "suzhou-2016",
  "project.public_holidays": 13,
  "project.follows": ["DB51", "MZ/T 071"],
  "project.communities": { urban: 3, rural: 1 },
  "project.communities.urban": 3,
  "project.communities.rural": 1,

  staff: { fte: 3, members: [member] },
  "staff.fte": 3,
  "staff.members": [member, { name: "陈思", role: "社工", fte: 0.5, qualification: "社会工作专业大专及以上学历", years: 1 }],
  "staff.members[].name": "王晓燕",
  "staff.members[].role": "项目主管",
  "staff.members[].fte": 0.5,
  "staff.members[].qualification": "社会工作师",
  "staff.members[].years": 7,
  "staff.members[].assistance_training_hours": 80,

  services: [{ item: "专业咨询", count: 120 }, { bundle: "个案", count: 24, sessions: 6 }],
  "services[].item": "探访",
  "services[].bundle": "小组",
  "services[].custom": "长者生日会",
  "services[].count": 120,
  "services[].sessions": 6,
  "services[].escort": true,
  "services[].delivery": "外聘专家",
  "services[].participants": 40,
  "services[].minutes": 90,
  "services[].samples": 200,
  "services[].households": 4500,
  "services[].community": ["金鸡湖社区", "湖东社区"],
  "services[].exclude": ["调研准备"],
  "services[].hours": 24,
  "services[].unit": "次",
  "services[].justification": "发布招募 4 小时 + 报名登记 8 小时 + 面谈甄选 12 小时",
  "services[].like": "社区中小型活动",
  "services[].service": ["心理疏导", "资源链接"],
  "services[].subjects": 40,
  "services[].note": "每月一次，重点为独居长者",

  supervision: { supervisors: [supervisor], supervisees: 3, sessions: [session] },
  "supervision.supervisors": [supervisor],
  "supervision.supervisors[].name": "钱立",
  "supervision.supervisors[].origin": "本土",
  "supervision.supervisors[].years": 9,
  "supervision.supervisors[].qualification": "社会工作师",
  "supervision.supervisors[].rate": 200,
  "supervision.supervisors[].assistance_years": 6,
  "supervision.supervisors[].continuing_education_hours": 90,
  "supervision.supervisees": 3,
  "supervision.sessions": [{ type: "个别", count: 24, hours: 1.5 }, session],
  "supervision.sessions[].type": "个别",
  "supervision.sessions[].count": 24,
  "supervision.sessions[].hours": 1.5,
  "supervision.sessions[].supervisees": 3,
  "supervision.sessions[].supervisor": "钱立",
  "supervision.records": true,

  management: { rooms: ["个案工作室", "小组工作室", "多功能活动室"], records_years: 5 },
  "management.rooms": ["个案工作室", "小组工作室", "多功能活动室"],
  "management.equipment": ["计算机", "录音笔", "音响"],
  "management.records_years": 5,
  "management.self_evaluation": true,
  "management.third_party_evaluation": true,
  "management.community_fund": { oversight: true, disclosure: "每季度" },
  "management.community_fund.oversight": true,
  "management.community_fund.disclosure": "每季度",

  budget: { management_fee_percent: 8, tax_percent: 6, lines: [budgetLine] },
  "budget.management_fee_percent": 8,
  "budget.tax_percent": 6,
  "budget.limits": { ceiling: 400000, max_management_fee_percent: 10, min_personnel_percent: 60 },
  "budget.limits.ceiling": 400000,
  "budget.limits.max_management_fee_percent": 10,
  "budget.limits.min_personnel_percent": 60,
  "budget.lines": [{ category: "人员经费", item: "社工工资（含社保、公积金）", unit_price: 6500, unit: "人·月", quantity: 36 }],
  "budget.lines[].category": "人员经费",
  "budget.lines[].item": "社工工资（含社保、公积金）",
  "budget.lines[].unit_price": 6500,
  "budget.lines[].unit": "人·月",
  "budget.lines[].quantity": 36,
  "budget.lines[].note": "3 人 × 12 个月",
  "budget.prepared_by": "陈思",
  "budget.responsible": "王晓燕",
  "budget.prepared_on": "2025-11-20",

  tender: { name: "双塔街道 2026 年长者关爱社会工作服务项目", indicators: ["开展个案服务不少于 20 个，每个个案不少于 5 节"] },
  "tender.name": "双塔街道 2026 年长者关爱社会工作服务项目",
  "tender.activities": ["社区大型活动", "社区中小型活动"],
  "tender.indicators": ["开展小组不少于3个（每个小组不少于4节，每节不少于6人）", "服务时数 4,000-6,000 小时"],
  "tender.indicators[].text": "开展各类文体娱乐、传统节日庆祝、关爱活动不少于15次",
  "tender.indicators[].counts": ["社区中小型活动", "长者生日会"],

  delivery: { months_elapsed: 6, counts },
  "delivery.months_elapsed": 6,
  "delivery.counts": counts,

  waivers: [{ rule: "general-activity-share", reason: "老旧小区长者兴趣活动需求集中，经街道同意" }],
  "waivers[].rule": "general-activity-share",
  "waivers[].reason": "老旧小区长者兴趣活动需求集中，经街道同意",
};

/** A delivery file of its own (执行情况文件). */
export const DELIVERY_EXAMPLES: Readonly<Record<string, unknown>> = {
  proposal: "../community-elderly.yaml",
  months_elapsed: 6,
  counts,
};

/** The repository's .gongshirc.yaml. */
export const CONFIG_EXAMPLES: Readonly<Record<string, unknown>> = {
  rules: { "general-activity-share": "off", "lecture-participants": "error" },
  waivers: "warnings",
  files: ["proposals/**/*.yaml"],
  ignores: ["drafts/**"],
};
