/**
 * Template wording that the format data in `src/format/` does not carry because it labels no data cell: the merged
 * header cells of the three tables, and the title pattern. Every renderer and the draft author take them from here.
 */

/** Table A: header of the label column in every 第二十条 block. */
export const ACTIVE_CONTENT_HEADER = '信息内容';

/** Table B: the header above the seven applicant columns. */
export const REQUEST_APPLICANTS_HEADER = '申请人情况';

/** Table B: the header above the applicant columns between 自然人 and 总计. */
export const REQUEST_LEGAL_PERSONS_HEADER = '法人或其他组织';

/** Table B: the rowspan label over every 本年度办理结果 row, （一） to （七）总计. */
export const REQUEST_RESULTS_LABEL = '三、本年度办理结果';

/** Table C: the header over the two litigation groups. */
export const APPEAL_LITIGATION_HEADER = '行政诉讼';

/** The title every report carries: `{机关全称}{年度}年政府信息公开工作年度报告`. */
export function standardTitle(agency: string | null, year: number | null): string {
  return `${agency ?? ''}${year === null ? '' : `${year}年`}政府信息公开工作年度报告`;
}
