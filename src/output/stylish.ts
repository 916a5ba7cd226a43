/**
 * The terminal formatter, shaped like ESLint's stylish: findings grouped under their file, one aligned line each
 * (location, severity, message, rule id), then detail lines (expected vs actual, the cells of a sum, a hint) and a
 * summary line.
 */
import type { Finding, FindingCell, Locale, Severity } from '../check/types.js';
import type { FileResult } from '../pipeline.js';
import {
  SEVERITIES,
  SEVERITY_LABELS,
  SEVERITY_STYLES,
  displayWidth,
  formatLocation,
  formatValue,
  isFailing,
  padDisplay,
  paint,
} from './text.js';

export interface StylishOptions {
  locale?: Locale;
  /** ANSI colour; the CLI turns it on only for a TTY without NO_COLOR. */
  color?: boolean;
}

/** Findings of every file as terminal text ending in a summary line. */
export function formatStylish(results: FileResult[], options: StylishOptions = {}): string {
  const locale = options.locale ?? 'zh-CN';
  const color = options.color ?? false;
  const out: string[] = [];
  for (const result of results) {
    const findings = result.findings ?? [];
    if (findings.length === 0) continue;
    out.push(paint(result.file, 'underline', color));
    out.push(...fileLines(findings, locale, color));
    out.push('');
  }
  out.push(summaryLine(results, locale, color));
  return out.join('\n') + '\n';
}

function fileLines(findings: Finding[], locale: Locale, color: boolean): string[] {
  const rows = findings.map((finding) => ({
    finding,
    location: formatLocation(finding.location, locale),
    severity: SEVERITY_LABELS[locale][finding.severity],
    message: finding.message.replace(/\s*\n\s*/g, ' '),
  }));
  const locationWidth = Math.max(...rows.map((row) => displayWidth(row.location)));
  const severityWidth = Math.max(...rows.map((row) => displayWidth(row.severity)));
  const messageWidth = Math.max(...rows.map((row) => displayWidth(row.message)));
  const indent = ' '.repeat(2 + locationWidth + 2 + severityWidth + 2);
  const lines: string[] = [];
  for (const row of rows) {
    const severity = paint(padDisplay(row.severity, severityWidth), SEVERITY_STYLES[row.finding.severity], color);
    const head = `  ${padDisplay(row.location, locationWidth)}  ${severity}  ${padDisplay(row.message, messageWidth)}`;
    lines.push(`${head}  ${paint(row.finding.ruleId, 'dim', color)}`);
    for (const detail of detailLines(row.finding, locale)) lines.push(indent + paint(detail, 'dim', color));
  }
  return lines;
}

/** Expected and actual (whichever the rule gave), the participating cells by side of the identity, and the hint. */
export function detailLines(finding: Finding, locale: Locale): string[] {
  const zh = locale === 'zh-CN';
  const lines: string[] = [];
  const values: string[] = [];
  if (finding.expected !== undefined) values.push(`${zh ? '预期：' : 'expected: '}${formatValue(finding.expected, locale)}`);
  if (finding.actual !== undefined) values.push(`${zh ? '实际：' : 'actual: '}${formatValue(finding.actual, locale)}`);
  if (values.length) lines.push(values.join(zh ? '，' : ', '));
  const cells = finding.cells ?? [];
  const groups: Array<[string, FindingCell[]]> = [
    [zh ? '左边' : 'left', cells.filter((cell) => cell.side === 'lhs')],
    [zh ? '右边' : 'right', cells.filter((cell) => cell.side === 'rhs')],
    [zh ? '单元格' : 'cells', cells.filter((cell) => cell.side === undefined)],
  ];
  for (const [label, group] of groups) {
    if (group.length === 0) continue;
    const list = group.map((cell) => `${cell.key} = ${formatValue(cell.value, locale)}`).join(zh ? '，' : ', ');
    lines.push(zh ? `${label}：${list}` : `${label}: ${list}`);
  }
  if (finding.hint) lines.push(zh ? `建议：${finding.hint}` : `hint: ${finding.hint}`);
  return lines;
}

/** `✖ 4 个问题（1 个错误，…），共 3 个文件` or `✔ 没有发现问题（3 个文件）`, plus the files that could not be read. */
export function summaryLine(results: FileResult[], locale: Locale, color = false): string {
  const zh = locale === 'zh-CN';
  const counts: Record<Severity, number> = { error: 0, inconsistency: 0, warning: 0, info: 0 };
  for (const result of results) for (const finding of result.findings ?? []) counts[finding.severity]++;
  const total = SEVERITIES.reduce((sum, severity) => sum + counts[severity], 0);
  const failed = results.filter((result) => result.error).length;
  const files = results.length;
  let line: string;
  if (total === 0) {
    line = zh ? `没有发现问题（${files} 个文件）` : `no problems found (${plural(files, 'file')})`;
  } else {
    const breakdown = SEVERITIES.map((severity) =>
      zh ? `${counts[severity]} 个${SEVERITY_LABELS[locale][severity]}` : severityCount(counts[severity], severity),
    );
    line = zh
      ? `${total} 个问题（${breakdown.join('，')}），共 ${files} 个文件`
      : `${plural(total, 'problem')} (${breakdown.join(', ')}) in ${plural(files, 'file')}`;
  }
  if (failed > 0) line += zh ? `；${failed} 个文件无法处理` : `; ${failed} could not be processed`;
  line = `${total === 0 && failed === 0 ? '✔' : '✖'} ${line}`;
  const failing = failed > 0 || SEVERITIES.some((severity) => isFailing(severity) && counts[severity] > 0);
  const style = failing ? 'red' : total > 0 ? 'yellow' : 'green';
  return paint(paint(line, style, color), 'bold', color);
}

function plural(count: number, noun: string): string {
  return `${count} ${count === 1 ? noun : noun + 's'}`;
}

function severityCount(count: number, severity: Severity): string {
  if (severity === 'info') return `${count} info`;
  if (severity === 'inconsistency') return `${count} ${count === 1 ? 'inconsistency' : 'inconsistencies'}`;
  return plural(count, severity);
}
