/**
 * Page furniture: the lines of a copied page that are not the article —
 * page tools, share bars, navigation, copyright and ICP lines, app and
 * WeChat prompts, related-article lists. Each rule says why a line goes.
 */

/** Tool leftovers that may share a line with real data (`来源：宣传教育司【字体： 打印`). */
const PAGE_TOOL = new RegExp(
  [
    String.raw`【?\s*(?:字體|字体|字號|字号)\s*[:：]?(?:\s*(?:[大中小](?![\p{Script=Han}])|默认|默認|超大|特大|标准|標準))*\s*】?`,
    String.raw`[【[]\s*(?:(?:打印|列印)(?:本頁|本页|此頁|此页|文章|正文)?|關閉(?:窗口|視窗|本頁)?|关闭(?:窗口|视窗|本页)?|收藏(?:本頁|本页)?|返回頂部|返回顶部|纠错|糾錯|我要纠错|我要糾錯|推荐|推薦|评论|評論|复制链接|複製連結)\s*[】\]]`,
    String.raw`(?<![\p{Script=Han}])(?:打印|列印)(?:本頁|本页|此頁|此页)?(?=\s|$|\|)`,
    String.raw`(?<![\p{Script=Han}])(?:關閉|关闭)(?:窗口|視窗|本頁|本页)?(?=\s|$|\|)`,
    String.raw`【?\s*分享(?:到|至)\s*[:：]?(?:\s*(?:微信|微博|QQ空间|QQ空間|QQ|朋友圈|Facebook|Twitter|LINE|Line|X)[\s|、,，]*)*(?=$|\s|】|\|)】?`,
    String.raw`(?:瀏覽|浏览|閱讀|阅读|點擊|点击|訪問|访问)(?:次數|次数|量|數|数)?\s*[:：]\s*\d*`,
    String.raw`(?:小字号|中字号|大字号|小字號|大字號)`,
  ].join("|"),
  "gu",
);

/** Removes page-tool leftovers; returns the remaining text. */
export function stripPageTools(text: string): string {
  return text
    .replace(PAGE_TOOL, " ")
    .replace(/\s{2,}/g, " ")
    .replace(/^[\s|｜/]+|[\s|｜/]+$/g, "")
    .trim();
}

type Rule = { reason: string; test: RegExp };

/** Whole lines that are furniture wherever they stand. */
const LINE_RULES: Rule[] = [
  { reason: "page tools", test: /^$/ },
  {
    reason: "correction/feedback link",
    test: /^[【[]?\s*(?:纠错|糾錯|我要纠错|我要糾錯|举报|舉報|投诉|投訴|意见反馈|意見反饋)\s*[】\]]?$/u,
  },
  {
    reason: "share bar",
    test: /^(?:分享让更多人看到|分享讓更多人看到|(?:分享到|分享至|分享|轉發|转发)\s*[:：]?\s*(?:(?:微信|微博|QQ空间|QQ空間|QQ|朋友圈|Facebook|Twitter|LINE|Line|复制链接|複製連結|好友|更多)[\s|、,，]*)*)$/u,
  },
  {
    reason: "share/like buttons",
    test: /^(?:(?:微信|微博|QQ空间|QQ空間|QQ|朋友圈|Facebook|Line|LINE|Twitter|X|複製連結|复制链接|收藏|点赞|點讚|在看|赞|讚|分享|推荐|推薦|评论|評論|留言|打赏|打賞|写留言|寫留言|听过|聽過)[\s|｜,，、·]*)+$/u,
  },
  {
    reason: "editor credit",
    test: /^[（(【[]?\s*(?:责任编辑|責任編輯|责编|責編|编辑|編輯|审核|審核|审校|審校|校对|校對|监制|監製|主编|主編|值班编辑|值班編輯|编审|編審|终审|終審|初审|初審|作者编辑)\s*[:：]/u,
  },
  { reason: "editor credit", test: /^[（(]\s*(?:编辑|編輯|责编|責編|责任编辑|責任編輯)\s*[:：].*[)）]\s*\d*$/u },
  { reason: "original-title note", test: /^(?:原标题|原標題|原题|原題)\s*[:：]/u },
  { reason: "end mark", test: /^[（(【[]?\s*(?:完|终|終|全文完|本文完|END|End|end)\s*[)）】\]]?$/u },
  {
    reason: "previous/next link",
    test: /^(?:上一篇|下一篇|上一条|下一条|上一則|下一則|上一頁|下一頁|上一页|下一页|上篇|下篇)\s*[:：]?/u,
  },
  {
    reason: "copyright line",
    test: /(?:版权所有|版權所有|Copyright|©|\(c\)|（c）|未经授权|未經授權|不得转载|不得轉載|禁止转载|禁止轉載|违者必究|違者必究|版权声明|版權聲明|All Rights Reserved)/iu,
  },
  {
    reason: "ICP/registration number",
    test: /(?:ICP[备備证證]|ICP\s*\d|公网安备|公網安備|网安备|京公网|网站标识码|網站標識碼|政府网站标识|^(?:主办单位|主辦單位|承办单位|承辦單位|主办|主辦|承办|承辦|协办|協辦|技术支持|技術支援)\s*[:：]|^(?:联系我们|聯絡我們|网站地图|網站地圖|站点地图|無障礙|无障碍)(?:\s|[|｜]|$))/u,
  },
  {
    reason: "app/WeChat prompt",
    test: /(?:阅读原文|閱讀原文|预览时标签不可点|預覽時標籤不可點|微信扫一扫|微信掃一掃|扫一扫|掃一掃|关注该公众号|關注該公眾號|继续滑动看下一个|繼續滑動看下一個|轻触阅读原文|輕觸閱讀原文|向上滑动看下一个|喜欢此内容的人还喜欢|喜歡此內容的人還喜歡|长按(?:识别|二维码)|長按(?:識別|二維碼)|点击蓝字|點擊藍字|设为星标|設為星標|点亮.?在看|點亮.?在看|^(?:二维码|二維碼|扫码|掃碼|知道了|取消\s*允许|使用完整服务|下载客户端|下載客戶端|打开(?:APP|App|app|客户端)|打開(?:APP|App|app|客戶端)|点击(?:下方|上方|关注)|點擊(?:下方|上方|關注)|戳这里|戳這裡|星标|星標|留言區|留言区|精选留言|精選留言|收录于|收錄於|微信号|微信號|功能介绍|功能介紹|视频号|視頻號|小程序|关注我们|關注我們))/u,
  },
  {
    reason: "related-article list heading",
    test: /^[【[]?\s*(?:相关新闻|相關新聞|相关阅读|相關閱讀|相关链接|相關連結|相关文章|相關文章|延伸阅读|延伸閱讀|推荐阅读|推薦閱讀|热门推荐|熱門推薦|热点新闻|熱點新聞|热门新闻|熱門新聞|热点推荐|熱點推薦|猜你喜欢|猜你喜歡|往期回顾|往期回顧|往期推荐|往期推薦|精彩推荐|精彩推薦|更多新闻|更多新聞|更多|最新新闻|最新新聞|最新消息|今日热点|今日熱點|编辑推荐|編輯推薦|排行榜|点击排行|點擊排行|热门文章|熱門文章|图片新闻|圖片新聞|专题|專題|其他新聞|其他新闻|更多報導|更多报道|延伸閱讀|看更多|相關報道|相关报道|相關報導|相关报导|相關推薦|相关推荐|最多人看|最多人讀|熱門|热门|熱門新聞|最熱|最热|人氣排行|人气排行)\s*[】\]]?\s*[:：>»]?$/u,
  },
  {
    reason: "navigation",
    test: /^(?:返回(?:首页|首頁|顶部|頂部|列表|上一级|上一頁|上一页)?|回上一頁|回上頁|回上一页|回首頁|回頂端|回到首頁|友善列印|列印本頁|回到(?:顶部|頂部)|TOP|top|Top|:::|跳到主要內容|跳到主要内容|跳至主要內容|主要內容區|網站導覽|网站导航|網站導航|登录|登錄|登入|注册|註冊|搜索|搜尋|首页|首頁|English|EN|简体|簡體|繁體|繁体|无障碍浏览|無障礙瀏覽|RSS|手机版|手機版|移动版|移動版|设为首页|加入收藏)$/u,
  },
  {
    reason: "contact line",
    test: /^(?:新聞聯絡人|新闻联络人|聯絡人|联系人|聯絡電話|联系电话|連絡電話|新聞聯繫人|新闻联系人|傳真|传真|電子郵件|电子邮件|E-mail|Email)\s*[:：]/iu,
  },
  { reason: "separator line", test: /^[^\p{Script=Han}\p{L}\p{N}]+$/u },
  { reason: "font-size/print tools", test: /^(?:字号|字號|字体|字體)\s*[:：]/u },
  { reason: "photo credit line", test: /^(?:图片来源|圖片來源|图片|圖片|视频|視頻|影片)\s*[:：]\s*\S{0,20}$/u },
  {
    reason: "view counter",
    test: /^(?:浏览|瀏覽|阅读|閱讀|点击|點擊|访问|訪問)(?:次数|次數|量|数|數)?\s*[:：]?\s*\d+\s*(?:次)?$/u,
  },
  { reason: "disclaimer", test: /^[\p{Script=Han}]{0,8}(?:声明|聲明|免责声明|免責聲明)\s*[:：]/u },
  { reason: "photo counter", test: /^\d{1,3}\s*\/\s*\d{1,3}$/u },
  {
    reason: "video player",
    test: /^(?:视频加载中|視頻加載中|正在加载|正在載入|点击播放|點擊播放|播放|暂停|\d{1,2}:\d{2}\s*\/\s*\d{1,2}:\d{2}).{0,10}$/u,
  },
  {
    reason: "tags line",
    test: /^(?:相關字詞|相关字词|相關新聞標籤|標籤|标签|關鍵字|关键字|關鍵詞|关键词|热词|熱詞|Tags?)\s*[:：﹕]/iu,
  },
  { reason: "advertisement", test: /^(?:广告|廣告|AD|推广|推廣|赞助|贊助)$/u },
  { reason: "comment count", test: /^(?:\d+\s*(?:条评论|條評論|人参与|人參與|人评论|人評論)|评论\s*\d+|評論\s*\d+)$/u },
  {
    reason: "comment link",
    test: /^(?:参与互动|參與互動|我要评论|我要評論|发表评论|發表評論|网友评论|網友評論|查看评论|查看評論|评论|評論|跟帖|我来说两句|我來說兩句)\s*[\d(（)）]*$/u,
  },
  {
    reason: "app promotion",
    test: /^[►▶➤👉→]?.{0,16}(?:APP|App|app|客戶端|客户端).{0,16}(?:下載|下载|掌握|看更多|睇更多|看新闻|看新聞)|^[►▶➤👉→]?\s*(?:下載|下载).{0,16}(?:APP|App|app|客戶端|客户端)/u,
  },
  {
    reason: "subscription prompt",
    test: /^[►▶➤👉→]?\s*(?:訂閱|订阅|立即訂閱|立即订阅|追蹤|追踪|關注|关注|加入).{0,24}(?:頻道|频道|電子報|电子报|YouTube|LINE|粉絲團|粉丝团|會員|会员|Instagram|Telegram|WhatsApp)/u,
  },
  {
    reason: "gallery label",
    test: /^(?:圖集|图集|組圖|组图|多圖|多图|相簿|點擊看大圖|点击看大图|查看大圖|查看大图|放大圖片|放大图片|全螢幕|全屏)$/u,
  },
  {
    reason: "link prompt",
    test: /^(?:点击进入|點擊進入|点此进入|点击查看|點擊查看|点击阅读|點擊閱讀|查看原文|查看更多|更多精彩|更多内容|更多內容|下载.{0,8}(?:客户端|APP|App)|下載.{0,8}(?:客戶端|APP|App))/u,
  },
];

/** A site's reprint prohibition, written as a sentence: furniture all the same. */
const COPYRIGHT_NOTICE =
  /^(?:本網站|本网站|本站|本報|本报|本刊|本文)?.{0,20}(?:非經授權|未經授權|未经授权|非经授权|版權所有|版权所有).{0,30}(?:不得|禁止|嚴禁|严禁)(?:轉載|转载|使用|複製|复制)/u;

/** A platform's disclaimer, written as a sentence (`特别声明：以上内容…`): furniture all the same. */
const DISCLAIMER = /^(?:特别声明|特別聲明|免责声明|免責聲明|声明|聲明)\s*[:：]/u;

/** Why a line is furniture, or undefined when it may be text. */
export function furnitureReason(text: string): string | undefined {
  const stripped = stripPageTools(text);
  if (stripped.replace(/[\s|｜/·•]/g, "") === "") return "page tools";
  // running prose that mentions a QR code or a copyright is text, not furniture
  const prose =
    (stripped.length > 40 && /[。！？]/u.test(stripped)) ||
    (stripped.length >= 15 && /[，,]/u.test(stripped) && /[。！？]$/u.test(stripped));
  if (prose && !COPYRIGHT_NOTICE.test(stripped) && !DISCLAIMER.test(stripped)) return undefined;
  for (const rule of LINE_RULES.slice(1)) if (rule.test.test(stripped) && stripped.length <= 120) return rule.reason;
  return undefined;
}

/** A line that starts the footer: after it, nothing is article text unless it reads like running prose. */
export const FOOTER_START =
  /^(?:[【[]?\s*(?:纠错|糾錯)|(?:责任编辑|責任編輯|责编|責編)|(?:上一篇|下一篇|上一条|下一条|上一則|下一則)|[【[]?\s*(?:相关新闻|相關新聞|相关阅读|相關閱讀|相关链接|相關連結|相关文章|相關文章|延伸阅读|延伸閱讀|推荐阅读|推薦閱讀|热门推荐|熱門推薦|热点新闻|猜你喜欢|猜你喜歡|往期回顾|往期推荐|精彩推荐|更多新闻|更多新聞|更多報導|更多报道|看更多|其他新聞|相關報道|相关报道|相關報導|相关报导|相關推薦|相关推荐|最多人看|熱門新聞|热门新闻)|(?:阅读原文|閱讀原文|预览时标签不可点|微信扫一扫|分享让更多人看到)|(?:版权所有|版權所有|Copyright)|(?:分享到))/u;

/** Site-name lines: a portal, paper, agency or government site named alone. */
export const SITE_NAME =
  /^(?:[\p{Script=Han}A-Za-z]{2,16}(?:网|網|网站|網站|新闻网|新聞網|门户|門戶|客户端|客戶端|日报|日報|晚报|晚報|早报|早報|时报|時報|新闻|新聞|电视台|電視台|广播电台|廣播電台|通讯社|通訊社|公众号|公眾號|频道|頻道|政府|人民政府|新闻公报|新聞公報|政府新聞網|政府新闻网|新聞稿|新闻稿))$/u;
