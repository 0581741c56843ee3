// Number formatting for the viewer: money in 万元/亿元, land in 亩 and m², always with explicit units.
import { language } from './i18n/index.js';

function locale() {
  return language() === 'zh' ? 'zh-CN' : 'en-GB';
}

/** A number with thousands separators and a fixed number of decimals. */
export function number(value, decimals = 0) {
  return new Intl.NumberFormat(locale(), { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value);
}

/** A short money figure from 万元: "5.00 亿元" / "1,200 万元" in Chinese, "CNY 500.0 million" in English. */
export function moneyShort(wan) {
  if (language() === 'zh') return wan >= 10000 ? `${number(wan / 10000, 2)} 亿元` : `${number(wan, 0)} 万元`;
  const millions = wan / 100;
  return millions >= 1000 ? `CNY ${number(millions / 1000, 2)} billion` : `CNY ${number(millions, 1)} million`;
}

/** The full money figure: 万元 as recorded, with 亿元 (or CNY millions) beside it. */
export function moneyFull(wan) {
  if (language() === 'zh') return `${number(wan, wan % 1 === 0 ? 0 : 2)} 万元（${number(wan / 10000, 2)} 亿元）`;
  return `${number(wan, wan % 1 === 0 ? 0 : 2)} 万元 (CNY ${number(wan / 100, 1)} million)`;
}

/** An area in 亩. */
export function mu(value) {
  return `${number(value, 2)} ${language() === 'zh' ? '亩' : 'mu'}`;
}

/** An area in square metres. */
export function m2(value) {
  return `${number(value, 0)} m²`;
}

/** An area in 亩 with m² beside it. */
export function muAndM2(muValue, m2Value) {
  return language() === 'zh' ? `${mu(muValue)}（${m2(m2Value)}）` : `${mu(muValue)} (${m2(m2Value)})`;
}

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A month "2023-12" as "2023年12月" / "Dec 2023". */
export function monthLabel(ym) {
  if (!ym) return '';
  const [y, m] = ym.split('-').map(Number);
  return language() === 'zh' ? `${y}年${m}月` : `${MONTHS_EN[m - 1]} ${y}`;
}

/** A short month "2023-12" as "12月" / "Dec" (axis labels). */
export function monthShort(ym) {
  const m = Number(ym.split('-')[1]);
  return language() === 'zh' ? `${m}月` : MONTHS_EN[m - 1];
}

/** A date "2023-11-20" as "2023年11月20日" / "20 Nov 2023". */
export function dateLabel(iso) {
  if (!iso) return '';
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return language() === 'zh' ? `${y}年${m}月${d}日` : `${d} ${MONTHS_EN[m - 1]} ${y}`;
}

/** An instant as district time (Asia/Shanghai) "2023-12-15 10:30". */
export function instantLabel(iso) {
  if (!iso) return '';
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }).formatToParts(new Date(iso));
  const v = Object.fromEntries(parts.map((p) => [p.type, p.value]));
  return `${v.year}-${v.month}-${v.day} ${v.hour}:${v.minute}`;
}

/** A percentage with one decimal at most: "96.7%". */
export function pct(value) {
  return value === null || value === undefined ? '–' : `${number(value, value % 1 === 0 ? 0 : 1)}%`;
}

/** A byte count as "3.4 MB". */
export function bytes(n) {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${number(n / 1024, 0)} KB`;
  return `${number(n / 1048576, 1)} MB`;
}

/** Today's date in the district (Asia/Shanghai) as yyyy-MM-dd. */
export function todayInDistrict() {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}
