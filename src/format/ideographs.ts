/**
 * Ideographs a PDF's fonts name wrongly, made comparable: many CJK fonts share one glyph between an ideograph and a
 * radical, and the font's ToUnicode map then names the radical (⼈⺠ for 人民, ⻓ for 长). The PDF reader maps them
 * back, and so does extraction for every other input, since text copied or converted from a PDF (pdftohtml, a
 * viewer's copy) carries them too. Everything else (full-width punctuation included) is left as printed.
 */

/**
 * Kangxi Radicals U+2F00–U+2FD5, in code-point order, mapped to their unified ideographs. Equal to NFKC of each
 * radical; written out so the table can be read and tested.
 */
export const KANGXI_RADICALS =
  '一丨丶丿乙亅二亠人儿入八冂冖冫几凵刀力勹匕匚匸十卜卩厂厶又口囗土士夂夊夕大女子宀寸小尢尸屮山巛工己巾干幺广廴廾弋弓彐彡彳' +
  '心戈戶手支攴文斗斤方无日曰月木欠止歹殳毋比毛氏气水火爪父爻爿片牙牛犬玄玉瓜瓦甘生用田疋疒癶白皮皿目矛矢石示禸禾穴立竹米糸缶网' +
  '羊羽老而耒耳聿肉臣自至臼舌舛舟艮色艸虍虫血行衣襾見角言谷豆豕豸貝赤走足身車辛辰辵邑酉釆里金長門阜隶隹雨靑非面革韋韭音頁風飛' +
  '食首香馬骨高髟鬥鬯鬲鬼魚鳥鹵鹿麥麻黃黍黑黹黽鼎鼓鼠鼻齊齒龍龜龠';

/**
 * CJK Radicals Supplement U+2E81–U+2EF3: each pair is the radical followed by its equivalent unified ideograph, from
 * Unicode's EquivalentUnifiedIdeograph.txt (114 mappings; U+2E80 and the unassigned U+2E9A have none).
 */
const SUPPLEMENT_PAIRS = [
  '⺁厂 ⺂乛 ⺃乚 ⺄乙 ⺅亻 ⺆冂 ⺇𠘨 ⺈刀 ⺉刂 ⺊卜 ⺋㔾 ⺌小 ⺍小 ⺎兀 ⺏尣 ⺐尢',
  '⺑𡯂 ⺒巳 ⺓幺 ⺔彑 ⺕彐 ⺖忄 ⺗心 ⺘扌 ⺙攵 ⺛旡 ⺜日 ⺝月 ⺞歺 ⺟母 ⺠民 ⺡氵',
  '⺢氺 ⺣灬 ⺤爫 ⺥爫 ⺦丬 ⺧牛 ⺨犭 ⺩王 ⺪𤴔 ⺫目 ⺬示 ⺭礻 ⺮𥫗 ⺯糹 ⺰纟 ⺱罓',
  '⺲罒 ⺳㓁 ⺴冗 ⺵𦉫 ⺶羊 ⺷𦍌 ⺸𦍋 ⺹耂 ⺺肀 ⺻聿 ⺼肉 ⺽𦥑 ⺾艹 ⺿艹 ⻀艹 ⻁虎',
  '⻂衤 ⻃覀 ⻄西 ⻅见 ⻆角 ⻇𧢲 ⻈讠 ⻉贝 ⻊𧾷 ⻋车 ⻌辶 ⻍辶 ⻎辶 ⻏邑 ⻐钅 ⻑長',
  '⻒镸 ⻓长 ⻔门 ⻕𨸏 ⻖阝 ⻗雨 ⻘青 ⻙韦 ⻚页 ⻛风 ⻜飞 ⻝食 ⻞𩙿 ⻟飠 ⻠饣 ⻡𩠐',
  '⻢马 ⻣骨 ⻤鬼 ⻥鱼 ⻦鸟 ⻧卤 ⻨麦 ⻩黄 ⻪黾 ⻫斉 ⻬齐 ⻭歯 ⻮齿 ⻯竜 ⻰龙 ⻱龜',
  '⻲亀 ⻳龟',
].join(' ');

/**
 * Where a simplified-Chinese font draws the radical with the simplified character's glyph, that character is meant:
 * Noto Sans CJK SC shares one glyph between ⼾ and 户 (U+6237), not 戶 (U+6236, the NFKC result). Found by printing
 * all 6,763 GB 2312 characters through Chromium and reading them back.
 */
const SIMPLIFIED_RADICALS = '⼾户';

/**
 * Ideographs (not radicals) that a font draws with another character's glyph, so that the PDF names the wrong one;
 * found the same way. Each pair: the character the PDF names, then the character printed.
 */
const SHARED_GLYPHS = '㬵胶';

/** Radical (either block) or glyph-sharing ideograph → the unified ideograph printed. */
export const RADICAL_TO_IDEOGRAPH: ReadonlyMap<string, string> = buildRadicalMap();

function buildRadicalMap(): Map<string, string> {
  const map = new Map<string, string>();
  Array.from(KANGXI_RADICALS).forEach((ideograph, i) => map.set(String.fromCodePoint(0x2f00 + i), ideograph));
  for (const pair of [...SUPPLEMENT_PAIRS.split(' '), SIMPLIFIED_RADICALS, SHARED_GLYPHS]) {
    const [radical, ideograph] = Array.from(pair);
    if (radical && ideograph) map.set(radical, ideograph);
  }
  return map;
}

const MAPPED = new RegExp(`[${[...RADICAL_TO_IDEOGRAPH.keys()].join('')}]`, 'gu');
/** CJK Compatibility Ideographs and their supplement: NFKC gives the unified ideograph. */
const COMPAT_IDEOGRAPH = /[\uf900-\ufaff\u{2f800}-\u{2fa1f}]/gu;
/** Radicals and compatibility ideographs → the unified ideographs printed; other text is returned as it is. */
export function unifyIdeographs(text: string): string {
  if (!MAY_UNIFY.test(text)) return text;
  return text.replace(MAPPED, (c) => RADICAL_TO_IDEOGRAPH.get(c) ?? c).replace(COMPAT_IDEOGRAPH, (c) => c.normalize('NFKC'));
}

/**
 * Characters unifyIdeographs may change, as a character class for a quick test without the `u` flag: both radical
 * blocks, the compatibility ideographs (the supplement by its high surrogate) and the glyph-sharing ideographs.
 */
export const MAY_UNIFY_CLASS = `\u2e80-\u2fdf\uf900-\ufaff\ud87e${[...SHARED_GLYPHS].filter((_, i) => i % 2 === 0).join('')}`;
const MAY_UNIFY = new RegExp(`[${MAY_UNIFY_CLASS}]`);
