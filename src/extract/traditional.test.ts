import assert from 'node:assert/strict';
import { test } from 'node:test';
import { toSimplified } from './traditional.js';

test('words a Taiwan converter changed are turned back: 規範性檔案 → 规范性文件, 政府資訊公開 → 政府信息公开', () => {
  assert.equal(toSimplified('規範性檔案'), '规范性文件');
  assert.equal(toSimplified('政府資訊公開條例'), '政府信息公开条例');
  // 檔案 and 資訊 alone are words of their own (档案, 警务资讯): the phrases above are not.
  assert.equal(toSimplified('檔案'), '檔案');
  assert.equal(toSimplified('警務資訊'), '警务资訊');
});

test('the characters of bodies’ names read in simplified: 醫療保障局, 市場監督管理局, 退役軍人事務局, 財政局', () => {
  assert.equal(toSimplified('廣州市醫療保障局'), '广州市医疗保障局');
  assert.equal(toSimplified('市場監督管理局'), '市场监督管理局');
  assert.equal(toSimplified('退役軍人事務局 財政局 氣象局 糧食和物資儲備局'), '退役军人事务局 财政局 气象局 粮食和物资储备局');
});

test('the overview’s words a rule looks for read in simplified: 考核評議, 責任, 公眾號', () => {
  assert.equal(toSimplified('考核評議和責任追究，政務公眾號'), '考核评议和责任追究，政务公众号');
});

test('the characters of place names read in simplified: 涇縣, 銅陵, 鹽城, 連雲港, 溫州, 隨州', () => {
  assert.equal(toSimplified('涇縣教育體育局'), '泾县教育体育局');
  assert.equal(toSimplified('銅陵 鹽城 連雲港 溫州 麗水 隨州 荊州 揚州 無錫 廈門'), '铜陵 盐城 连云港 温州 丽水 随州 荆州 扬州 无锡 厦门');
  assert.equal(toSimplified('甌海區 蒼南縣 閔行區 諸暨市 餘姚市 濰坊市 棗莊市'), '瓯海区 苍南县 闵行区 诸暨市 余姚市 潍坊市 枣庄市');
});

test('板栗樹鄉, 澤州, 匯川 read in simplified, and 隻計 as 只计 (a converter’s 只 in the 部分公开 label)', () => {
  assert.equal(toSimplified('臨江縣板栗樹鄉人民政府'), '临江县板栗树乡人民政府');
  assert.equal(toSimplified('澤州 匯川'), '泽州 汇川');
  assert.equal(toSimplified('(二)部分公開(區分處理的,隻計這一情形,不計其他情形)'), '(二)部分公开(区分处理的,只计这一情形,不计其他情形)');
});

test('生態環境局 reads in simplified, and the 2019 row 其他主動公開檔案 as 其他主动公开文件', () => {
  assert.equal(toSimplified('青禾市生態環境局'), '青禾市生态环境局');
  assert.equal(toSimplified('其他主動公開檔案'), '其他主动公开文件');
});
