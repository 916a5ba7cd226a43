/**
 * Word's list number formats (`w:numFmt`), rendered the way Word displays them. Reports number their sections with
 * chineseCounting (一、), their sub-sections with the same inside （%1）, and their points with decimal.
 */

/** Digit-by-digit forms write zero as 〇; counting forms write a gap as 零 (一百零五). */
const CHINESE_DIGITS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const COUNTING_DIGITS = ['零', ...CHINESE_DIGITS.slice(1)];
const LEGAL_SIMPLIFIED = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'];
const LEGAL_TRADITIONAL = ['零', '壹', '貳', '參', '肆', '伍', '陸', '柒', '捌', '玖'];
const HEAVENLY_STEMS = '甲乙丙丁戊己庚辛壬癸';
const EARTHLY_BRANCHES = '子丑寅卯辰巳午未申酉戌亥';

/** `n` in the format `numFmt`; unknown formats fall back to decimal, as Word does for formats it lacks. */
export function formatNumber(n: number, numFmt: string): string {
  switch (numFmt) {
    case 'none':
    case 'bullet':
      return '';
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperLetter':
      return letters(n);
    case 'lowerLetter':
      return letters(n).toLowerCase();
    case 'chineseCounting':
    case 'taiwaneseCounting':
      // Word writes 1–99 in counting form (十一, 二十) and larger numbers digit by digit (一〇一).
      return n < 100 ? chineseCounting(n, COUNTING_DIGITS, '十', '百', '千', 'chinese') : digitByDigit(n, CHINESE_DIGITS);
    case 'chineseCountingThousand':
    case 'taiwaneseCountingThousand':
      return chineseCounting(n, COUNTING_DIGITS, '十', '百', '千', 'chinese');
    case 'japaneseCounting':
      return chineseCounting(n, COUNTING_DIGITS, '十', '百', '千', 'japanese');
    case 'chineseLegalSimplified':
      return chineseCounting(n, LEGAL_SIMPLIFIED, '拾', '佰', '仟', 'legal');
    case 'ideographLegalTraditional':
      return chineseCounting(n, LEGAL_TRADITIONAL, '拾', '佰', '仟', 'legal');
    case 'ideographDigital':
    case 'taiwaneseDigital':
      return digitByDigit(n, CHINESE_DIGITS);
    case 'ideographTraditional':
      return cycle(n, HEAVENLY_STEMS);
    case 'ideographZodiac':
      return cycle(n, EARTHLY_BRANCHES);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
    case 'ideographEnclosedCircle':
      return n >= 1 && n <= 20 ? String.fromCodePoint(0x2460 + n - 1) : String(n);
    case 'decimalEnclosedParen':
      return n >= 1 && n <= 20 ? String.fromCodePoint(0x2474 + n - 1) : `(${n})`;
    case 'decimalEnclosedFullstop':
      return n >= 1 && n <= 20 ? String.fromCodePoint(0x2488 + n - 1) : `${n}.`;
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(n).replace(/[0-9]/g, (d) => String.fromCodePoint(0xff10 + Number(d)));
    default:
      return String(n);
  }
}

/**
 * Counting form below 10 000. Chinese: 十一 (not 一十一) at the start, 零 for a gap (一百零五). Legal (大写): every
 * digit written (壹拾贰), 零 for a gap. Japanese: no 一 before 十, 百 or 千 (百十一), no mark for a gap.
 */
function chineseCounting(
  n: number,
  digits: string[],
  ten: string,
  hundred: string,
  thousand: string,
  style: 'chinese' | 'legal' | 'japanese',
): string {
  if (n <= 0 || n >= 10000) return digitByDigit(n, CHINESE_DIGITS);
  const units = [thousand, hundred, ten, ''];
  const parts = [Math.floor(n / 1000), Math.floor(n / 100) % 10, Math.floor(n / 10) % 10, n % 10];
  let out = '';
  let gap = false;
  parts.forEach((d, i) => {
    if (d === 0) {
      gap = out !== '';
      return;
    }
    if (gap && style !== 'japanese') out += digits[0];
    gap = false;
    const unit = units[i] ?? '';
    const omitOne = d === 1 && unit !== '' && (style === 'japanese' || (style === 'chinese' && !out && unit === ten));
    out += (omitOne ? '' : (digits[d] ?? '')) + unit;
  });
  return out;
}

function digitByDigit(n: number, digits: string[]): string {
  return String(n).replace(/[0-9]/g, (d) => digits[Number(d)] ?? d);
}

function cycle(n: number, symbols: string): string {
  return n >= 1 ? (symbols[(n - 1) % symbols.length] ?? String(n)) : String(n);
}

function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  const table: Array<[number, string]> = [
    [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
    [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ];
  let out = '';
  for (const [value, symbol] of table) {
    for (; n >= value; n -= value) out += symbol;
  }
  return out;
}

/** Word repeats the letter past Z: 27 → AA, 28 → BB. */
function letters(n: number): string {
  if (n <= 0) return String(n);
  const letter = String.fromCharCode(65 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}
