/**
 * Sections 二 to 六 of a report with no tables and a line each under 五 and 六 (fictional wording): the frame that
 * tests of a report's opening lines (title, agency, dates) put after the lines they try.
 */
export const SECTIONS_AFTER_OVERVIEW: readonly string[] = [
  '二、主动公开政府信息情况',
  '三、收到和处理政府信息公开申请情况',
  '四、政府信息公开行政复议、行政诉讼情况',
  '五、存在的主要问题及改进情况',
  '一是公开不够及时。',
  '六、其他需要报告的事项',
  '本年度未收取信息处理费。',
];
