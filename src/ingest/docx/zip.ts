/**
 * A guarded ZIP reader for OOXML packages. It reads the central directory itself so that every claim an archive makes
 * (entry sizes, offsets) is checked against limits and against the bytes actually present before anything is
 * inflated, and it inflates with an output limit so that an entry which lies about its size stops at the size it claimed.
 */
import { inflateRawSync } from 'node:zlib';
import { GongkaiError } from '../../errors.js';

/** Largest uncompressed size one entry may claim. */
export const MAX_ENTRY_BYTES = 200 * 1024 * 1024;
/** Largest uncompressed size all entries together may claim. */
export const MAX_TOTAL_BYTES = 200 * 1024 * 1024;
/** Largest compression ratio accepted for entries above RATIO_FLOOR_BYTES; deflate's own maximum is about 1032:1. */
export const MAX_RATIO = 200;
/** Parts of ordinary size (settings, long repetitive tables) can compress beyond MAX_RATIO; the ratio only matters above this. */
export const RATIO_FLOOR_BYTES = 10 * 1024 * 1024;

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const U32_MAX = 0xffffffff;
/** zlib's default output chunk (`zlib.constants.Z_DEFAULT_CHUNK`). */
const ZLIB_CHUNK = 16 * 1024;
/** Entry names are decoded with one of these; a TextDecoder costs more to make than to use on a short name. */
const UTF8 = new TextDecoder('utf-8');
const LATIN1 = new TextDecoder('latin1');

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

export interface ZipArchive {
  entries: Map<string, ZipEntry>;
  /** The entry's bytes, or null when the archive has no such entry. */
  read(name: string): Uint8Array | null;
}

/** Reads the central directory and checks its claims; throws GongkaiError `corrupt` / `too-large` / `encrypted`. */
export function openZip(bytes: Uint8Array, file: string | null): ZipArchive {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const fail = (detail: string): never => {
    throw new GongkaiError('corrupt', `ZIP 压缩包已损坏或不完整（${detail}），请重新下载原文件，或用原软件另存后再试`, file);
  };
  const u16 = (at: number): number => (at + 2 <= bytes.length ? view.getUint16(at, true) : fail('读取越界'));
  const u32 = (at: number): number => (at + 4 <= bytes.length ? view.getUint32(at, true) : fail('读取越界'));
  const u64 = (at: number): number => u32(at) + u32(at + 4) * 2 ** 32;

  const eocd = findEndOfCentralDirectory(bytes, view);
  if (eocd < 0) fail('找不到中央目录，文件可能被截断');
  let count = u16(eocd + 10);
  let cdSize = u32(eocd + 12);
  let cdOffset = u32(eocd + 16);
  const locator = eocd - 20;
  if (locator >= 0 && u32(locator) === ZIP64_LOCATOR) {
    const zip64 = u64(locator + 8);
    if (zip64 + 56 > bytes.length || u32(zip64) !== ZIP64_EOCD) fail('ZIP64 目录记录无效');
    count = u64(zip64 + 32);
    cdSize = u64(zip64 + 40);
    cdOffset = u64(zip64 + 48);
  }
  if (cdOffset + cdSize > bytes.length) fail('中央目录超出文件末尾，文件可能被截断');

  const entries = new Map<string, ZipEntry>();
  let total = 0;
  let at = cdOffset;
  for (let i = 0; i < count; i++) {
    if (u32(at) !== CENTRAL) fail('中央目录记录无效');
    const nameLength = u16(at + 28);
    const extraLength = u16(at + 30);
    const nameBytes = bytes.subarray(at + 46, at + 46 + nameLength);
    const flags = u16(at + 8);
    const entry: ZipEntry = {
      name: (flags & 0x800 ? UTF8 : LATIN1).decode(nameBytes),
      method: u16(at + 10),
      flags,
      compressedSize: u32(at + 20),
      size: u32(at + 24),
      localOffset: u32(at + 42),
    };
    readZip64Extra(entry, at + 46 + nameLength, extraLength, u16, u64);
    at += 46 + nameLength + extraLength + u16(at + 32);
    if (entry.localOffset + 30 + entry.compressedSize > bytes.length) fail(`${entry.name} 的数据超出文件末尾，文件可能被截断`);
    checkClaims(entry, file);
    total += entry.size;
    if (total > MAX_TOTAL_BYTES) {
      throw new GongkaiError('too-large', `ZIP 压缩包解压后总大小超过上限 ${mib(MAX_TOTAL_BYTES)}，疑似压缩炸弹，已拒绝`, file);
    }
    entries.set(entry.name.replace(/\\/g, '/').replace(/^\//, ''), entry);
  }

  return {
    entries,
    read(name) {
      const entry = entries.get(name);
      if (!entry) return null;
      if (u32(entry.localOffset) !== LOCAL) fail(`${name} 的本地文件头无效`);
      const start = entry.localOffset + 30 + u16(entry.localOffset + 26) + u16(entry.localOffset + 28);
      const data = bytes.subarray(start, start + entry.compressedSize);
      if (data.length < entry.compressedSize) fail(`${name} 的数据不完整`);
      if (entry.method === 0) return data;
      return inflateBounded(data, entry, fail);
    },
  };
}

/** The end-of-central-directory record sits in the last 22 + 65535 (comment) bytes. */
function findEndOfCentralDirectory(bytes: Uint8Array, view: DataView): number {
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= lowest; at--) {
    if (view.getUint32(at, true) === EOCD) return at;
  }
  return -1;
}

/** Sizes and offsets saturated at 0xFFFFFFFF are stored in the ZIP64 extra field (id 1), in this order. */
function readZip64Extra(
  entry: ZipEntry,
  start: number,
  length: number,
  u16: (at: number) => number,
  u64: (at: number) => number,
): void {
  for (let at = start; at + 4 <= start + length; at += 4 + u16(at + 2)) {
    if (u16(at) !== 1) continue;
    let field = at + 4;
    if (entry.size === U32_MAX) {
      entry.size = u64(field);
      field += 8;
    }
    if (entry.compressedSize === U32_MAX) {
      entry.compressedSize = u64(field);
      field += 8;
    }
    if (entry.localOffset === U32_MAX) entry.localOffset = u64(field);
    return;
  }
}

function checkClaims(entry: ZipEntry, file: string | null): void {
  if (entry.flags & 1) {
    throw new GongkaiError('encrypted', `ZIP 压缩包内的 ${entry.name} 已加密，请去除密码后再试`, file);
  }
  if (entry.method !== 0 && entry.method !== 8) {
    throw new GongkaiError('corrupt', `ZIP 压缩包内的 ${entry.name} 使用了不支持的压缩方式（${entry.method}）`, file);
  }
  if (entry.size > MAX_ENTRY_BYTES) {
    throw new GongkaiError(
      'too-large',
      `ZIP 压缩包内的 ${entry.name} 声称解压后有 ${mib(entry.size)}，超过上限 ${mib(MAX_ENTRY_BYTES)}，疑似压缩炸弹，已拒绝`,
      file,
    );
  }
  const ratio = entry.size / Math.max(1, entry.compressedSize);
  if (entry.size > RATIO_FLOOR_BYTES && ratio > MAX_RATIO) {
    throw new GongkaiError(
      'too-large',
      `ZIP 压缩包内的 ${entry.name} 压缩比为 ${Math.round(ratio)}:1，超过上限 ${MAX_RATIO}:1，疑似压缩炸弹，已拒绝`,
      file,
    );
  }
  if (entry.method === 0 && entry.size !== entry.compressedSize) {
    throw new GongkaiError('corrupt', `ZIP 压缩包内的 ${entry.name} 大小记录自相矛盾`, file);
  }
}

/**
 * Inflates with zlib, which stops (in 16 KiB steps) as soon as the output passes the size the directory claimed, so a
 * lying entry costs no more than its claim.
 */
function inflateBounded(data: Uint8Array, entry: ZipEntry, fail: (detail: string) => never): Uint8Array {
  // No compressed bytes at all reads as empty output, as the streaming inflater this replaced read it.
  if (data.length === 0) return entry.size === 0 ? data : fail(`${entry.name} 解压后的大小与记录不符`);
  let out: Uint8Array;
  try {
    // zlib refuses a limit of 0; an entry claiming 0 bytes that inflates to any is caught by the length check below.
    // One output chunk holds the whole claim (rounded up to zlib's own chunk size, so the limit is checked at the
    // same point of the stream as with its default chunks): the result is then one buffer, not 16 KiB pieces joined.
    const chunkSize = Math.ceil((entry.size + 1) / ZLIB_CHUNK) * ZLIB_CHUNK;
    out = inflateRawSync(data, { maxOutputLength: Math.max(1, entry.size), chunkSize });
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE') fail(`${entry.name} 解压后超过声明的大小`);
    return fail(`${entry.name} 的压缩数据无法解压：${error instanceof Error ? error.message : String(error)}`);
  }
  if (out.length > entry.size) fail(`${entry.name} 解压后超过声明的大小`);
  if (out.length !== entry.size) fail(`${entry.name} 解压后的大小与记录不符`);
  return out;
}

function mib(bytes: number): string {
  return bytes >= 1024 ** 3 ? `${(bytes / 1024 ** 3).toFixed(1)} GiB` : `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
