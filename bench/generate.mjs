// Generated proposals for the bench: realistic ones (staff, supervision, budget, tender, delivery; 2–4 KiB,
// written in block style as people write them) and large ones of a given number of service lines. A seeded
// generator, so every run measures the same files.
import { stringify } from "yaml";

export function seeded(seed) {
  let state = seed >>> 0 || 1;
  return (n) => {
    // xorshift32: fast, reproducible, good enough to vary the files.
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state % n;
  };
}

const pick = (random, list) => list[random(list.length)];

const SURNAMES = [..."王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董袁潘"];
const GIVEN = [..."晓燕俊思慧敏婷磊杰静丽强军平洁芳华明霞红伟刚涛琳萍雪"];
const name = (random) => `${pick(random, SURNAMES)}${pick(random, GIVEN)}${random(2) ? pick(random, GIVEN) : ""}`;
const STREETS = ["双塔", "金鸡湖", "湖东", "娄葑", "斜塘", "唯亭", "胜浦", "横塘", "狮山", "枫桥", "浒墅关", "木渎", "胥口", "越溪", "郭巷", "甪直"];
const DISTRICTS = ["姑苏区", "工业园区", "高新区", "吴中区", "相城区", "吴江区"];
const QUALIFICATIONS = ["高级社会工作师", "社会工作师", "助理社会工作师", "社会工作专业大专及以上学历"];
const AREAS = ["统筹社区照顾", "扩大社区参与", "促进社区融合", "推动社区发展", "提供其他服务"];
const THEMES = ["长者关爱", "青少年成长", "困境儿童", "社区融合", "邻里互助", "残障人士支持", "新市民融入", "家庭教育"];

/** The service lines of a community proposal, each as a person writes it. */
function serviceLines(random, n, { bundles = true } = {}) {
  const lines = [];
  const makers = [
    () => ({ item: "专业咨询", count: 40 + random(200), service: pick(random, AREAS), note: "政策与服务咨询，每周约 2-3 次" }),
    () => ({ bundle: "个案", count: 6 + random(30), sessions: 4 + random(6), service: "统筹社区照顾", note: `${pick(random, THEMES)}个案` }),
    () => ({ item: "转介", count: 1 + random(10), escort: random(2) === 1, service: "统筹社区照顾" }),
    () => ({ bundle: "小组", count: 2 + random(6), sessions: 4 + random(5), participants: 6 + random(8), service: [pick(random, AREAS), "促进社区融合"] }),
    () => ({ item: "探访", count: 100 + random(400), service: "统筹社区照顾" }),
    () => ({ item: "居民家庭需求评估与建档", count: 50 + random(150), service: "统筹社区照顾" }),
    () => ({ item: "社区大型活动", count: 1 + random(3), participants: 100 + random(200), service: ["促进社区融合", "扩大社区参与"], note: "重阳节、邻里节" }),
    () => ({ item: "社区中小型活动", count: 6 + random(12), participants: 20 + random(30), service: "促进社区融合" }),
    () => ({ item: "一般社区活动", count: 12 + random(24), participants: 8 + random(12), service: "提供其他服务" }),
    () => ({ item: "志愿者增能（主题工作坊）", count: 2 + random(4), delivery: pick(random, ["自行组织", "外聘专家"]), service: "扩大社区参与" }),
    () => ({ item: "专题培训/讲座", count: 2 + random(6), delivery: "外聘专家", participants: 30 + random(30), minutes: 90, service: "提供其他服务" }),
    () => ({ item: "计划、制度、机制等文案起草", count: 1 + random(3), service: "扩大社区参与", note: "志愿者管理制度、应急预案" }),
    () => ({ custom: `${pick(random, THEMES)}宣传资料编写 ${lines.length + 1}`, count: 1 + random(4), hours: 4 + random(12), unit: "份", justification: "收集素材 2 小时 + 撰写 2 小时 + 排版校对" }),
  ];
  const usable = bundles ? makers : makers.filter((_, i) => i !== 1 && i !== 3);
  for (let i = 0; i < n; i++) lines.push(usable[i < usable.length ? i : random(usable.length)]());
  return lines;
}

/** One proposal as a community project writes it: 2–4 KiB in block style. */
export function realisticProposal(random, i) {
  const street = pick(random, STREETS);
  const theme = pick(random, THEMES);
  const members = Array.from({ length: 2 + random(3) }, (_, j) => ({
    name: name(random),
    role: j === 0 ? "项目主管" : "社工",
    fte: random(5) === 0 ? 0.5 : 1,
    qualification: pick(random, QUALIFICATIONS),
    years: 1 + random(10),
  }));
  const supervisor = name(random);
  const months = pick(random, [6, 12, 12, 12]);
  const proposal = {
    project: {
      name: `${street}街道${theme}社会工作服务项目（${i + 1}）`,
      organisation: `苏州市${pick(random, DISTRICTS)}${pick(random, ["同心", "启航", "明德", "乐群", "惠民"])}社会工作服务中心`,
      region: `苏州市${pick(random, DISTRICTS)}${street}街道`,
      kind: "社区",
      communities: { urban: 1 + random(3) },
      period: months === 12 ? { start: "2026-01-01", end: "2026-12-31" } : { start: "2026-01-01", end: "2026-06-30" },
    },
    staff: { members },
    services: serviceLines(random, 8 + random(6)),
    supervision: {
      supervisors: [{ name: supervisor, origin: "本土", years: 8 + random(10), qualification: "高级社会工作师", rate: pick(random, [200, 250, 300]) }],
      records: true,
      sessions: [
        { type: "个别", count: 12 + random(30), hours: 1 },
        { type: "团体", count: 4 + random(8), hours: 2.5, supervisees: members.length },
      ],
    },
    budget: {
      management_fee_percent: 8,
      tax_percent: 6,
      limits: { ceiling: 300000 + 10000 * random(20), max_management_fee_percent: 10, min_personnel_percent: 60 },
      lines: [
        { category: "人员经费", item: "社工工资（含社保、公积金）", unit_price: 6000 + 100 * random(10), unit: "人·月", quantity: members.length * months },
        { category: "人员经费", item: "项目主管岗位补贴", unit_price: 800, unit: "月", quantity: months },
        { category: "活动经费", item: "小组活动物资", unit_price: 150, unit: "节", quantity: 20 + random(20) },
        { category: "活动经费", item: "社区中小型活动", unit_price: 1500, unit: "次", quantity: 6 + random(8) },
        { category: "宣传费", item: "宣传折页印刷", unit_price: 2, unit: "份", quantity: 1000 + 100 * random(20) },
        { category: "交通费", item: "探访交通补贴", unit_price: 10, unit: "次", quantity: 200 + random(200) },
        { category: "办公费", item: "办公耗材、通讯", unit_price: 300, unit: "月", quantity: months },
      ],
    },
    tender: {
      name: `${street}街道 2026 年${theme}社会工作服务项目`,
      indicators: [
        `开展个案服务不少于 ${5 + random(15)} 个，每个个案不少于 4 节`,
        `开展小组不少于 ${2 + random(3)} 个，每个小组不少于 4 节、不少于 6 人`,
        `社区活动不少于 ${6 + random(10)} 场`,
        `探访不少于 ${100 + random(200)} 人次`,
        "每场讲座不少于 60 分钟、不少于 30 人",
      ],
    },
  };
  if (random(2) === 0)
    proposal.delivery = {
      months_elapsed: Math.max(1, months / 2),
      counts: { 专业咨询: 20 + random(60), 接案: 3 + random(10), 探访: 50 + random(150), 社区中小型活动: 3 + random(5) },
    };
  return `# yaml-language-server: $schema=../schema/proposal.schema.json\n${stringify(proposal, { lineWidth: 0 })}`;
}

/**
 * A proposal of `lines` service lines, each one line of the workload table (table items with their fields,
 * and custom services), with supervision, a budget of a tenth as many lines and a tender.
 */
export function largeProposal(lines, seed = 7, budgetLines = Math.max(10, Math.round(lines / 10))) {
  const random = seeded(seed);
  const proposal = {
    project: { name: `大型项目（${lines} 行）`, organisation: "苏州市姑苏区同心社会工作服务中心", kind: "社区", months: 12 },
    staff: { fte: Math.min(1000, Math.max(1, Math.round(lines / 30))) },
    services: serviceLines(random, lines, { bundles: false }),
    supervision: {
      supervisors: [{ name: "黄慧", origin: "本土", years: 12, qualification: "高级社会工作师", rate: 250 }],
      sessions: [{ type: "个别", count: 36, hours: 1 }],
    },
    budget: {
      management_fee_percent: 8,
      tax_percent: 6,
      lines: Array.from({ length: budgetLines }, (_, i) => ({
        category: ["人员经费", "活动经费", "宣传费", "交通费"][i % 4],
        item: `明细 ${i + 1}`,
        unit_price: 100 + (i % 50),
        unit: "项",
        quantity: 1 + (i % 12),
      })),
    },
    tender: {
      name: "大型项目招标",
      indicators: ["探访不少于 100 人次", "社区活动不少于 12 场", "服务人次不少于 2000 人次", "每场讲座不少于 60 分钟、不少于 30 人", "服务时数不超过 600000 小时"],
    },
  };
  return stringify(proposal, { lineWidth: 0 });
}

/**
 * The largest proposal gongshi accepts: as many service and budget lines as its schema takes (20,000 and
 * 5,000, proposal/schema.ts), which stays under the 5 MiB file limit; or, when `limit` is smaller, the
 * most lines that fit in it.
 */
export function largestProposal(limit = 5 * 1024 * 1024, maxLines = 20000, maxBudgetLines = 5000) {
  const text = largeProposal(maxLines, 7, maxBudgetLines);
  if (Buffer.byteLength(text) <= limit) return { lines: maxLines, text };
  let lines = maxLines;
  let fitted = text;
  while (Buffer.byteLength(fitted) > limit) fitted = largeProposal((lines = Math.floor(lines * 0.95)), 7, maxBudgetLines);
  return { lines, text: fitted };
}
