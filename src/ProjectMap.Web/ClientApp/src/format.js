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
