/**
 * Traditional characters → simplified, for report pages a site serves converted to traditional script (政府信息公開
 * 工作年度報告, 申請, 處理): the characters of the format's labels, section headings, titles, dates and common place
 * names, each of which has one simplified form and is not itself a simplified character in use. Enough for labels
 * and headings to match and names to read as printed in simplified; other characters are left as they are.
 */
const PAIRS =
  '萬万業业為为舉举於于會会體体關关內内決决況况減减辦办務务動动區区華华單单發发號号後后國国處处復复複复審审' +
  '對对屬属廢废開开強强當当總总執执護护報报據据數数無无機机權权條条構构沒没現现確确穩稳類类係系糾纠納纳組组' +
  '織织經经結结繼继續续維维繳缴罰罚範范獲获補补規规計计認认議议記记許许訟讼訪访訴诉試试詢询請请購购費费轉转' +
  '過过這这進进採采問问項项題题額额鄉乡鎮镇縣县員员統统蓋盖佈布個个級级實实際际製制聯联繫系門门設设導导廳厅' +
  '衛卫醫医農农稅税資资場场專专臺台歷历營营電电書书網网從从與与應应達达時时間间並并長长證证錄录標标準准檢检' +
  '驗验點点黨党戶户雲云風风陽阳島岛灣湾嶺岭濟济遼辽寧宁龍龙廣广東东貴贵陝陕蘭兰烏乌魯鲁黃黄橋桥興兴豐丰漢汉' +
  '遠远張张陳陈劉刘楊杨趙赵吳吴孫孙鄭郑馬马蘇苏羅罗顧顾韓韩馮冯湯汤慶庆寶宝陸陆億亿懷怀鄰邻環环歲岁產产勞劳' +
  '歸归寫写讀读變变禮礼節节離离戰战義义習习團团隊队鄧邓盧卢蔣蒋謝谢鐘钟鍾钟圍围滬沪贛赣閩闽粵粤瀋沈礦矿漁渔' +
  '將将們们來来還还樣样說说傳传參参價价頁页線线嚴严優优顯显運运輸输榮荣編编棲栖' +
  // Words of bodies' names (醫療保障局, 市場監督管理局, 退役軍人事務局, 財政局, 氣象局, 糧食和物資儲備局, 生態環境局…).
  '療疗監监軍军財财氣气視视藥药園园館馆圖图災灾糧粮儲储備备貿贸學学貧贫殘残婦妇車车險险質质測测繪绘鐵铁銀银' +
  '郵邮熱热貼贴庫库雙双態态' +
  // Place names' characters (涇縣, 銅陵, 鹽城, 連雲港, 溫州, 甌海, 麗水, 隨州, 荊州, 揚州, 無錫, 廈門, 邯鄲, 滄州…).
  '涇泾銅铜鹽盐連连溫温麗丽隨随荊荆揚扬錫锡廈厦鄲郸滄沧濱滨蕪芜壽寿樂乐紹绍臨临潁颍撫抚瀏浏嶽岳齊齐鶴鹤綏绥' +
  '雞鸡鄖郧峽峡靜静蕭萧饒饶鷹鹰潛潜遷迁灤滦甌瓯蒼苍閔闵諸诸餘余騰腾瀘泸濰潍蘆芦灘滩鄒邹棗枣萊莱渦涡嶗崂蘄蕲莊庄' +
  // 板栗樹鄉, 澤州, 匯川: more of them; and 隻 for 只 (隻計這一情形, a converter's 只).
  '樹树澤泽匯汇隻只' +
  // Words of the overview that rules look for (考核評議, 責任, 公眾號).
  '評评責责眾众' +
  // …and the verbs after the body an overview's year-opening sentence names (不斷強化, 堅持, 緊緊圍繞, 積極, 始終).
  '斷断堅坚緊紧積积極极終终';

const TO_SIMPLIFIED = new Map<string, string>();
for (let i = 0; i + 1 < PAIRS.length; i += 2) TO_SIMPLIFIED.set(PAIRS.charAt(i), PAIRS.charAt(i + 1));

const TRADITIONAL = new RegExp(`[${[...TO_SIMPLIFIED.keys()].join('')}]`, 'g');

/**
 * Words a converter for Taiwan also changes, not only their characters: 文件 becomes 檔案 and 信息 becomes 資訊
 * (規範性檔案, 政府資訊公開). Only these phrases are turned back: 档案 and 资讯 are words of their own in simplified.
 */
const TAIWAN_WORDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/規範性檔案/g, '规范性文件'],
  // 其他主動公開檔案: the 2019 table's row of other proactively published documents.
  [/主動公開檔案/g, '主动公开文件'],
  [/政府資訊/g, '政府信息'],
  [/資訊公開/g, '信息公开'],
];

/** Text with the traditional characters above in their simplified form. */
export function toSimplified(text: string): string {
  let words = text;
  for (const [pattern, simplified] of TAIWAN_WORDS) words = words.replace(pattern, simplified);
  return words.replace(TRADITIONAL, (c) => TO_SIMPLIFIED.get(c) ?? c);
}
