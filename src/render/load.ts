/**
 * The report to render, from any input `gongkai render` accepts: a canonical report (.json from `gongkai parse`),
 * our own CSV or XLSX output, or any report or draft document, which goes through ingest and extract.
 */
import { unzipSync } from 'fflate';
import { GongkaiError } from '../errors.js';
import { extractReport } from '../extract/index.js';
import { detectType, ingestBytes, readFileBytes } from '../ingest/index.js';
import type { CanonicalReport } from '../model/report.js';
import { isReportCsv, readCsvReport } from './csv.js';
import { looksLikeJson, readReportJson } from './json.js';
import { readXlsxReport } from './xlsx.js';

/** Reads and interprets a file; errors name the file. */
export async function loadReport(path: string): Promise<CanonicalReport> {
  return reportFromBytes(await readFileBytes(path), path);
}

/** A report from bytes, whatever they hold. */
export async function reportFromBytes(bytes: Uint8Array, file: string | null): Promise<CanonicalReport> {
  const type = detectType(bytes);
  if (type === 'text') {
    const text = new TextDecoder('utf-8').decode(bytes);
    if (looksLikeJson(text)) return readReportJson(text, file);
    if (isReportCsv(text)) {
      const report = readCsvReport(text);
      if (!report) throw new GongkaiError('not-a-report', 'CSV 中没有报告数据（应有 key,label,value 三列）', file);
      return withSource(report, file, 'text');
    }
  }
  if (type === 'zip' && isWorkbook(bytes)) {
    const report = await readXlsxReport(bytes);
    if (!report) throw new GongkaiError('not-a-report', `Excel 文件中没有“数据”工作表，无法读取报告数据`, file);
    return withSource(report, file, 'text');
  }
  return extractReport(await ingestBytes(bytes, file));
}

function isWorkbook(bytes: Uint8Array): boolean {
  let workbook = false;
  try {
    unzipSync(bytes, {
      filter: (entry) => {
        if (entry.name === 'xl/workbook.xml') workbook = true;
        return false;
      },
    });
  } catch {
    return false;
  }
  return workbook;
}

function withSource(report: CanonicalReport, file: string | null, format: 'text'): CanonicalReport {
  report.source = { file, format };
  return report;
}
