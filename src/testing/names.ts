/**
 * Fictional agency names built from syllable tables. Two characters for a place and a suffix give names that read
 * like real ones (青川县白石镇人民政府, 临江市东城街道办事处) without copying a list of real places.
 */
import type { AdminLevel } from '../model/report.js';
import type { Rng } from './rng.js';

/** The levels randomReport can name; provinces and 国务院部门 are left out on purpose (few, and all real). */
export type RandomLevel = Extract<
  AdminLevel,
  'township' | 'subdistrict' | 'county-government' | 'county-department' | 'city-government' | 'city-department'
>;

export const RANDOM_LEVELS: readonly RandomLevel[] = [
  'township',
  'subdistrict',
  'county-government',
  'county-department',
  'city-government',
  'city-department',
];

const FIRST = [...'青临白石清安宁平永丰新长云河泉桃柳溪松梅金玉马龙凤鹤兰竹枫栗槐杏黄红绿蓝峰岚'];
const SECOND = [...'川江山水阳源溪平宁丰桥林塘坪岭湾口台城原岗店沟集庄铺埠渡'];
const DISTRICT = ['东城', '西城', '南关', '北关', '城关', '新华', '人民路', '解放路', '滨河', '站前', '文昌', '和平'];
const DEPARTMENTS = [
  '教育局',
  '民政局',
  '司法局',
  '财政局',
  '人力资源和社会保障局',
  '自然资源局',
  '住房和城乡建设局',
  '交通运输局',
  '水利局',
  '农业农村局',
  '商务局',
  '文化和旅游局',
  '卫生健康委员会',
  '退役军人事务局',
  '应急管理局',
  '市场监督管理局',
  '医疗保障局',
  '林业局',
  '统计局',
  '信访局',
];

export interface AgencyName {
  /** 发布机关全称. */
  full: string;
  /** The short form a heading may use, e.g. 白石镇 for 青川县白石镇人民政府. */
  short: string;
  level: RandomLevel;
}

function place(rng: Rng): string {
  let name = rng.pick(FIRST) + rng.pick(SECOND);
  // Two equal characters (平平) look like a nickname, not a place.
  while (name[0] === name[1]) name = rng.pick(FIRST) + rng.pick(SECOND);
  return name;
}

/** A fictional agency of the given level. */
export function randomAgency(rng: Rng, level: RandomLevel): AgencyName {
  const county = place(rng) + rng.weighted([['县', 6], ['市', 2], ['区', 2]] as const);
  const city = place(rng) + '市';
  switch (level) {
    case 'township': {
      const town = place(rng) + rng.weighted([['镇', 4], ['乡', 1]] as const);
      return { full: `${county}${town}人民政府`, short: town, level };
    }
    case 'subdistrict': {
      const street = `${rng.pick(DISTRICT)}街道`;
      return { full: `${rng.chance(0.5) ? city : county}${street}办事处`, short: street, level };
    }
    case 'county-government':
      return { full: `${county}人民政府`, short: county, level };
    case 'county-department': {
      const department = rng.pick(DEPARTMENTS);
      return { full: `${county}${department}`, short: department, level };
    }
    case 'city-government':
      return { full: `${city}人民政府`, short: city, level };
    case 'city-department': {
      const department = rng.pick(DEPARTMENTS);
      return { full: `${city}${department}`, short: department, level };
    }
  }
}
