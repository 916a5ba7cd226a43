/**
 * Short prose for the six sections of a generated report, in our own wording. The numbers it mentions agree with the
 * tables (applications received, appeals, the 信息处理费 statement), so generated reports pass the text–table rules.
 */
import type { SectionKey } from '../format/types.js';
import type { AgencyName } from './names.js';
import type { Rng } from './rng.js';

/** What the prose needs to know about the tables. */
export interface ProseFacts {
  year: number;
  newReceived: number;
  carriedOver: number;
  reviews: number;
  lawsuits: number;
  /** Applications closed under 三(六)2 (2021 only): fee notices must have been sent at least that often. */
  overdueFee: number;
  proactiveItems: number;
}

function selfName(agency: AgencyName): string {
  switch (agency.level) {
    case 'township':
      return agency.short.endsWith('乡') ? '我乡' : '我镇';
    case 'subdistrict':
      return '我街道';
    case 'county-department':
    case 'city-department':
      return agency.short.endsWith('委员会') ? '我委' : '我局';
    case 'county-government':
    case 'city-government':
      return '本级政府';
  }
}

const CHANNELS = ['门户网站信息公开专栏', '政务新媒体', '便民服务中心公开栏', '村（居）务公开栏', '政务服务大厅电子屏'];
const ACTIVE_FOCUS = [
  '重点做好财政预决算、惠民补贴发放和重大项目进展信息的公开',
  '围绕社会救助、就业创业和乡村建设等事项及时发布信息',
  '对涉及群众切身利益的政策文件同步发布解读材料',
  '按季度更新权责清单和办事指南，方便群众查询',
];
const MANAGEMENT = [
  '（三）政府信息管理。落实信息发布“三审”制度，发布前逐条核对内容和公开属性，对过时信息及时清理归档。',
  '（三）政府信息管理。建立公开台账，专人负责信息的收集、审核和发布，每月对已公开信息进行一次检查。',
  '（三）政府信息管理。完善保密审查流程，做到先审查后公开，全年未发生泄密或错误公开情况。',
];
const PLATFORM = [
  '（四）政府信息公开平台建设。优化信息公开专栏的栏目设置，统一各栏目的更新频次，保持平台稳定运行。',
  '（四）政府信息公开平台建设。整合线上线下公开渠道，在服务窗口设置查阅点，提供纸质材料查阅服务。',
  '（四）政府信息公开平台建设。对政务新媒体账号开展常态化巡检，清理更新不及时的栏目。',
];
const OVERSIGHT = [
  '（五）监督保障。将政务公开纳入年度工作考核，定期通报工作进度，畅通群众意见反馈渠道。',
  '（五）监督保障。开展两次政务公开专项自查，对发现的问题建立清单并限期整改。',
];
const GOVERNMENT_OVERSIGHT = '全年组织开展工作考核一次、社会评议一次，未发生责任追究情况。';
const PROBLEMS = [
  '一是部分栏目更新不够及时，信息发布存在滞后；二是政策解读形式较为单一，以文字解读为主。',
  '一是公开内容与群众需求的贴合度有待提高；二是工作人员业务能力参差不齐，培训还不够系统。',
  '一是依申请公开答复文书的规范性有待加强；二是基层公开栏的内容更新频率偏低。',
];
const MEASURES = [
  '下一步将建立栏目更新提醒机制，丰富图表、音视频等解读形式，提升公开实效。',
  '下一步将围绕群众关注的事项梳理公开清单，每半年组织一次业务培训，提高工作质量。',
  '下一步将统一答复文书模板，加强对基层公开栏的巡查，确保信息及时准确。',
];
const LAST_YEAR = [
  '上一年度报告提出的专栏分类不清问题，已于本年上半年整改完毕。',
  '针对上一年度发现的解读材料不同步问题，本年已整改，实行文件与解读同步审核、同步发布。',
];

/** The six sections' text, one paragraph per line. */
export function sectionProse(rng: Rng, agency: AgencyName, facts: ProseFacts): Record<SectionKey, string> {
  const self = selfName(agency);
  const { year } = facts;
  const isGovernment = agency.level !== 'county-department' && agency.level !== 'city-department';
  const requests =
    facts.newReceived + facts.carriedOver === 0
      ? `（二）依申请公开。${year}年${self}未收到政府信息公开申请，无上年结转申请。`
      : `（二）依申请公开。${year}年共收到政府信息公开申请${facts.newReceived}件。另有上年结转申请${facts.carriedOver}件，均按法定程序和期限办理。`;
  // Appeals are reported in 一 as well as in 四 (format-spec §4.3 XSEC-2).
  const appealNote =
    facts.reviews + facts.lawsuits > 0
      ? `因政府信息公开被申请行政复议${facts.reviews}件、被提起行政诉讼${facts.lawsuits}件。`
      : '';
  const overview = [
    `${year}年，${self}认真贯彻落实《中华人民共和国政府信息公开条例》，按照上级部署推进政府信息公开工作。本报告所列数据统计期限为${year}年1月1日至12月31日。`,
    `（一）主动公开。全年通过${rng.pick(CHANNELS)}等渠道主动公开政府信息${facts.proactiveItems}条，${rng.pick(ACTIVE_FOCUS)}。`,
    requests + appealNote,
    rng.pick(MANAGEMENT),
    rng.pick(PLATFORM),
    rng.pick(OVERSIGHT) + (isGovernment ? GOVERNMENT_OVERSIGHT : ''),
  ];
  const appeals =
    facts.reviews + facts.lawsuits === 0
      ? `${year}年，${self}未发生因政府信息公开引起的行政复议和行政诉讼。`
      : `${year}年，${self}因政府信息公开被申请行政复议${facts.reviews}件，被提起行政诉讼${facts.lawsuits}件，具体情况如下表。`;
  // Applicants who paid were served; the unpaid ones are the 三(六)2 rows. 100元 per notice keeps the sums easy.
  const paid = rng.int(0, 2);
  const fee =
    facts.overdueFee > 0
      ? `${year}年，${self}依据《政府信息公开信息处理费管理办法》发出收费通知${facts.overdueFee + paid}件，总金额${(facts.overdueFee + paid) * 100}元，实际收取${paid * 100}元。`
      : `${year}年，${self}未收取信息处理费。`;
  return {
    overview: overview.join('\n'),
    activeDisclosure: '本年度主动公开政府信息情况如下表。',
    requests: '本年度收到和处理政府信息公开申请情况如下表。',
    appeals,
    problems: ['（一）存在的问题', rng.pick(PROBLEMS), '（二）改进情况', rng.pick(MEASURES) + rng.pick(LAST_YEAR)].join('\n'),
    other: fee + rng.pick(['无其他需要报告的事项。', '', '本年度无其他需要报告的事项。']),
  };
}
