/** Which format the tables follow, told from their labels rather than from the year (format-spec §3.4). */
import { FORMAT_2019, FORMAT_2021 } from '../format/index.js';
import { normalizeLabel } from '../format/normalize.js';
import type { FormatVersion } from '../format/types.js';
import { NORM_PREFIX, type Unit } from './units.js';
import { isPlainCount } from './values.js';

/** Table A column labels only one format has; Table B's （六） is left out because real 2021 reports collapse it. */
const ACTIVE_2019 = ['上一年项目数量', '其他对外管理服务事项', '第二十条第(九)项', '政府集中采购'].map(normalizeLabel);
/** The 2019 header of 第二十条第（一）项: one header, so one vote however many of its columns are found. */
const ITEM_ONE_2019 = ['本年新制作数量', '本年新公开数量', '对外公开总数量'].map(normalizeLabel);
/**
 * Table A words only 2021 has. The 本年处理决定数量 and 收费金额 headers (2019's fee row has no amount; 本年度收费金额
 * is written too) outvote a 第二十条第（一）项 header some 2021 reports keep from the 2019 template (本年新制作数量 …),
 * so their rows are not read into 2019's columns.
 */
const ACTIVE_2021 = ['本年制发件数', '本年废止件数', '现行有效件数', '本年处理决定数量', '收费金额'].map(normalizeLabel);
/** The most votes the 2019 markers can give: one per column label, one for the 第二十条第（一）项 header. */
const MOST_2019_VOTES = ACTIVE_2019.length + 1;
const REQUESTS_2021 = ['逾期不补正', '收费通知'].map(normalizeLabel);

/**
 * Pieces of text (units) gathered between two searches for the 2021 markers: a 2021 table shows them all in its first
 * twenty or so pieces, a fifth of the text, and then the rest is neither gathered nor searched.
 */
const SEARCH_EVERY = 8;

export function detectVersion(units: Unit[], year: number | null): FormatVersion | null {
  // Native substring searches over the text, a batch of units at a time: markers are plain words, so long units (a
  // table glued into one line) are searched in their raw text with brackets folded.
  // A unit that is a bare number (a cell on a line of its own, a third of some layouts' units) can hold no marker, and
  // no marker runs across the line break between units: it is left out of the text the searches scan, and a batch
  // is searched on its own.
  let text = '';
  let batch = '';
  let pieces = 0;
  let missing2021 = ACTIVE_2021;
  for (const u of units) {
    if (u.text.length > NORM_PREFIX) batch += `\n${u.text.replace(/\s+/g, '').replace(/（/g, '(').replace(/）/g, ')')}`;
    else if (!isPlainCount(u.norm)) batch += `\n${u.norm}`;
    else continue;
    if (++pieces % SEARCH_EVERY !== 0) continue;
    missing2021 = missing2021.filter((m) => !batch.includes(m));
    // A 2021 table shows all its markers, and then no count of 2019 markers could outvote them: the rest of the text,
    // and the 2019 words absent from it, are not searched.
    if (ACTIVE_2021.length - missing2021.length >= MOST_2019_VOTES) return FORMAT_2021.version;
    text += batch;
    batch = '';
  }
  missing2021 = missing2021.filter((m) => !batch.includes(m));
  text += batch;
  const has2021 = ACTIVE_2021.length - missing2021.length;
  if (has2021 >= MOST_2019_VOTES) return FORMAT_2021.version;
  const has2019 = ACTIVE_2019.filter((m) => text.includes(m)).length + (ITEM_ONE_2019.some((m) => text.includes(m)) ? 1 : 0);
  if (has2021 > 0 && has2021 >= has2019) return FORMAT_2021.version;
  if (has2019 > 0) return FORMAT_2019.version;
  if (REQUESTS_2021.some((m) => text.includes(m))) return FORMAT_2021.version;
  if (year !== null) return year <= 2020 ? FORMAT_2019.version : FORMAT_2021.version;
  return null;
}
