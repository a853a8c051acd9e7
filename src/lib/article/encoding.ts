/**
 * Names the encoding of a file that is not UTF-8, for the build's error message, and the iconv
 * name that converts it. Only a guess for a message: the importer (src/lib/import/decode.ts) reads
 * such files properly, with a word model the build does not load.
 */

export type EncodingGuess = {
  /** Shown to the editor, e.g. "GBK/GB18030". */
  readonly name: string;
  /** The `iconv -f` name that converts the file to UTF-8 (checked with glibc's iconv). */
  readonly iconv: string;
  /** UTF-16 files are not UTF-8 anywhere: a position in them means nothing. */
  readonly wholeFile: boolean;
};

/**
 * The most frequent characters of Chinese news text, in both scripts. Correctly decoded text
 * has a third or more of its Han characters here; text decoded with the wrong double-byte
 * table has almost none (its characters are spread over the whole table).
 */
const COMMON = new Set(
  "的一是不了在人有我他这這个個们們中来來上大为為和国國地到以说說时時要就出会會可也你对對生能而子那得于於着著下自之年过過发發后後作里裡用道行所然家种種事成方多经經么麼去法学學如都同现現当當没沒动動面起看定天分还還进進好小部其些主样樣理心她本前开開但因只从從想实實日军軍者意无無力它与與长長把机機十民第公此已工使情明性知全三又关關点點正业業外将將两兩高间間由问問很最重并並物手应應战戰向头頭文体體政美相见見被利什二等产產或新己制身果加西月话話合回特代内內信表化老给給世位次度门門任常先海通教儿兒原东東声聲提立及比员員解水名真论論处處走义義各入几幾口认認条條平系气氣题題活更别別打女变變四神总總何电電数數安少报報才结結反受目太量再感建务務做接必场場件计計管期市直德资資命山金指克许許统統区區保至队隊形社便空决決治展马馬科司五基眼书書非则則听聽白界达達光放强強即像难難且权權思王象完设設式色路记記南品住告类類求据據程北边邊死张張该該交规規万萬取拉格望觉覺术術领領共确確传傳师師观觀清今切院让讓识識候带帶导導争爭运運笑飞飛风風步改收根干造言联聯持组組每济濟车車亲親极極林服快办辦议議往元英士证證近失转轉夫令准準布始怎存未远遠叫台单單影具罗羅字爱愛击擊流备備兵连連调調深商算质質团團集百需价價花党黨华華城石级級整府离離况況亚亞请請技际際约約示复復病息究线線似官火断斷精满滿支视視消越器容照须須九增研写寫称稱企八功包片史委乎查轻輕易早曾除农農找装裝广廣显顯历歷首医醫局突专專费費号號尽盡另周较較注语語仅僅考落青随隨选選列武红紅响響虽雖推势勢参參希古众眾构構房半节節土投某案黑维維革划敌敵致陈陳律足态態护護七兴興派孩验驗责責营營星够夠章音跟志底站严嚴巴例防族供效续續施留讲講型料终終答紧緊黄黃绝絕奇察母京段依批群项項故按河米围圍江织織害斗双雙境客纪紀采举舉杀殺攻父苏蘇密低朝友诉訴止细細愿願千值仍男钱錢破网網热熱助倒育属屬坐帝限船脸臉职職速刻乐樂否刚剛威毛状狀率甚独獨球般普怕弹彈校苦创創假久错錯承印晚兰蘭试試股拿脑腦预預谁誰益阳陽若哪微尼继繼送急血惊驚伤傷素药藥适適波夜省初喜卫衛源食险險待述陆陸习習置居劳勞财財环環排福纳納欢歡雷警获獲模充负負云雲停木游龙龍树樹疑层層冷洲冲衝射略范範竟句室异異激汉漢村策演简簡卡罪判担擔州静靜退既衣您宗积積余痛检檢差富灵靈协協角占配征修皮挥揮胜勝降阶階审審沉坚堅善妈媽刘劉读讀超免压壓银銀买買皇养養怀懷执執副乱亂抗犯追帮幫宣佛岁歲航优優怪香田铁鐵控税稅左右份穿艺藝背阵陣草脚腳概恶惡块塊顿頓敢守酒岛島托央户戶烈洋哥索胡款靠评評版宝寶座释釋景顾顧弟登货貨互付伯慢欧歐换換闻聞危忙核暗姐介坏壞讨討丽麗良序升监監临臨亮露永呼味野架域沙掉括舰艦鱼魚杂雜误誤湾灣吉减減编編楚肯测測败敗屋跑梦夢散温溫困剑劍渐漸封救贵貴枪槍缺楼樓县縣尚毫移娘朋画畫班智亦耳恩短掌恐遗遺固席松秘谢謝鲁魯遇康虑慮幸均销銷钟鐘诗詩藏赶趕剧劇票损損忽巨炮旧舊端探湖录錄叶葉春乡鄉附吸予礼禮港雨呀板庭妇婦归歸睛饭飯额額含顺順输輸摇搖招婚脱脫补補谓謂督毒油疗療旅泽澤材灭滅逐莫笔筆亡鲜鮮词詞圣聖择擇寻尋厂廠睡博勒烟煙授诺諾伦倫岸奥奧唐卖賣俄炸载載洛健堂旁宫宮喝借君禁阴陰园園谋謀宋避抓荣榮姑孙孫逃牙束跳顶頂玉镇鎮雪午练練迫爷爺篇肉嘴馆館遍凡础礎洞卷坦牛宁寧纸紙诸諸训訓私庄莊祖丝絲翻暴森塔默握戏戲隐隱熟骨访訪弱蒙歌店鬼软軟典欲萨薩伙遭盘盤爸扩擴盖蓋弄雄稳穩忘亿億刺拥擁徒姆杨楊齐齊赛賽趣曲刀床迎冰虚虛玩析窗醒妻透购購替塞努休虎扬揚途侵刑绿綠兄迅套贸貿毕畢唯谷轮輪库庫迹跡尤竞競街促延震弃棄甲伟偉麻川申缓緩潜潛闪閃售灯燈针針哲络絡抵朱埃抱鼓植纯純夏忍页頁杰筑築折郑鄭贝貝尊吴吳秀混臣雅振染盛怒舞圆圓搞狂措姓残殘秋培迷诚誠宽寬宇猛摆擺梅毁毀伸摩盟末乃悲拍丁赵趙帐帳汽拜犹猶市县縣镇鎮省局厅廳委办辦组組织織保密培训訓宣传傳教育司动動态態网網站日月年号號第期杂雜志誌转轉载載",
);

const HAN = /\p{Script=Han}/u;

/** How much of a decoding's Han text is common characters, and how much is unreadable. */
function readability(bytes: Uint8Array, encoding: "gb18030" | "big5"): number {
  const text = new TextDecoder(encoding).decode(bytes.subarray(0, 4096));
  let han = 0;
  let common = 0;
  let bad = 0;
  for (const char of text) {
    if (char === "\uFFFD") bad++;
    else if (HAN.test(char)) {
      han++;
      if (COMMON.has(char)) common++;
    }
  }
  return han === 0 ? 0 : (common - 3 * bad) / (han + bad);
}

/** UTF-16 without a byte-order mark: ASCII text (front matter, line breaks) leaves a zero in every other byte. */
function utf16Order(bytes: Uint8Array): "LE" | "BE" | undefined {
  const sample = bytes.subarray(0, 4096 - (Math.min(bytes.length, 4096) % 2));
  let even = 0;
  let odd = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] !== 0) continue;
    if (i % 2 === 0) even++;
    else odd++;
  }
  const pairs = sample.length / 2;
  if (odd >= 0.05 * pairs && odd > 4 * even) return "LE";
  if (even >= 0.05 * pairs && even > 4 * odd) return "BE";
  return undefined;
}

/** Bytes Windows-1252 leaves undefined (glibc's iconv refuses them); ISO-8859-1 maps them to C1 controls. */
const UNDEFINED_IN_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

/**
 * A guess at the encoding of bytes that are not UTF-8 (or are UTF-16 that happens to read as
 * UTF-8, zero bytes included): UTF-16, GBK/GB18030, Big5 or Latin-1/Windows-1252.
 */
export function guessEncoding(bytes: Uint8Array): EncodingGuess {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { name: "UTF-16LE with a byte-order mark", iconv: "UTF-16", wholeFile: true };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { name: "UTF-16BE with a byte-order mark", iconv: "UTF-16", wholeFile: true };
  const order = utf16Order(bytes);
  if (order !== undefined) return { name: `UTF-16${order}`, iconv: `UTF-16${order}`, wholeFile: true };
  const gb = readability(bytes, "gb18030");
  const big5 = readability(bytes, "big5");
  if (Math.max(gb, big5) < 0.15 && !hasDoubleBytePairs(bytes)) {
    const iso = bytes.some((byte) => UNDEFINED_IN_1252.has(byte));
    return { name: "Latin-1/Windows-1252", iconv: iso ? "ISO-8859-1" : "WINDOWS-1252", wholeFile: false };
  }
  return big5 > gb
    ? { name: "Big5", iconv: "BIG5", wholeFile: false }
    : { name: "GBK/GB18030", iconv: "GB18030", wholeFile: false };
}

/**
 * Chinese double-byte text has its high bytes in pairs, a lead byte then a trail byte that is
 * itself high; Latin-1 text has single accented letters between ASCII ones.
 */
function hasDoubleBytePairs(bytes: Uint8Array): boolean {
  let pairs = 0;
  let singles = 0;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i] ?? 0;
    if (byte < 0x80) continue;
    const next = bytes[i + 1] ?? 0;
    if (byte >= 0x81 && byte <= 0xfe && next >= 0xa1 && next <= 0xfe) {
      pairs++;
      i++;
    } else singles++;
  }
  return pairs > singles;
}
