// The project panel's investment chart, drawn as plain SVG (no chart library, nothing fetched): for the selected
// month's year, monthly completed investment (bars) against the monthly plan (outlined bars: the annual plan spread over
// the plan period), and the cumulative actual (solid line) against the cumulative plan (dashed line: annual plan ×
// elapsed share of the plan period, the line the status rule compares with). Left axis: monthly 万元; right: cumulative.
import { el, svg } from './dom.js';
import { t } from './i18n/index.js';
import { moneyShort, monthShort, monthLabel, number, pct } from './format.js';

const W = 388;
const H = 210;
const M = { left: 46, right: 50, top: 22, bottom: 26 };
const COLOURS = { actual: '#3182bd', plan: '#9e9e9e', cumulative: '#08306b', cumulativePlan: '#636363', current: '#fff3e0' };

/** A "nice" upper bound (1, 2, 2.5 or 5 × 10^n) at or above max, and its tick step (5 ticks). */
export function niceScale(max) {
  if (!(max > 0)) return { top: 1, step: 0.2 };
  const raw = max / 5;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((f) => f * power).find((s) => s >= raw);
  return { top: step * 5, step };
}

function axisNumber(v) {
  return v >= 10000 && v % 10000 === 0 ? `${number(v / 10000, 0)}${t('chart.tenThousandSuffix')}` : number(v, v % 1 === 0 ? 0 : 1);
}

/** The chart section for the data of /api/projects/{code}/investment. */
export function investmentSection(data) {
  const months = data.months;
  const hasData = months.some((m) => m.actualWan !== null) || data.annualPlanWan !== null;
  const heading = el('h3', {}, t('chart.heading', { year: data.year }), el('small', {}, t('chart.unit')));
  if (!hasData) {
    return el('section', { class: 'panel-section', 'data-section': 'investment' }, heading,
      el('p', { class: 'empty' }, t('chart.empty', { year: data.year })));
  }

  const monthly = niceScale(Math.max(...months.map((m) => Math.max(m.actualWan ?? 0, m.planWan ?? 0))));
  const cumulative = niceScale(Math.max(data.annualPlanWan ?? 0, ...months.map((m) => Math.max(m.cumulativeActualWan ?? 0, m.cumulativePlanWan ?? 0))));
  const plotW = W - M.left - M.right;
  const plotH = H - M.top - M.bottom;
  const slot = plotW / 12;
  const x = (i) => M.left + i * slot;
  const yLeft = (v) => M.top + plotH - (v / monthly.top) * plotH;
  const yRight = (v) => M.top + plotH - (v / cumulative.top) * plotH;
  const selected = months.findIndex((m) => m.month === data.month);

  const parts = [];
  if (selected >= 0) parts.push(svg('rect', { x: x(selected), y: M.top, width: slot, height: plotH, fill: COLOURS.current }));
  for (let i = 0; i <= 5; i++) {
    const y = M.top + plotH - (i * plotH) / 5;
    parts.push(svg('line', { x1: M.left, x2: W - M.right, y1: y, y2: y, stroke: '#eceff1' }));
    parts.push(svg('text', { x: M.left - 4, y: y + 4, 'text-anchor': 'end', class: 'tick' }, axisNumber(monthly.step * i)));
    parts.push(svg('text', { x: W - M.right + 4, y: y + 4, 'text-anchor': 'start', class: 'tick' }, axisNumber(cumulative.step * i)));
  }
  parts.push(svg('text', { x: M.left - 4, y: 12, 'text-anchor': 'end', class: 'axis-title' }, t('chart.monthlyAxis')));
  parts.push(svg('text', { x: W - M.right + 4, y: 12, 'text-anchor': 'start', class: 'axis-title' }, t('chart.cumulativeAxis')));
  months.forEach((m, i) => {
    const bw = slot * 0.36;
    if (m.planWan) {
      parts.push(svg('rect', { x: x(i) + slot * 0.12, y: yLeft(m.planWan), width: bw, height: M.top + plotH - yLeft(m.planWan), fill: '#ffffff', stroke: COLOURS.plan, 'stroke-width': 1, class: 'bar-plan' }));
    }
    if (m.actualWan !== null) {
      parts.push(svg('rect', { x: x(i) + slot * 0.52, y: yLeft(m.actualWan), width: bw, height: Math.max(0.5, M.top + plotH - yLeft(m.actualWan)), fill: COLOURS.actual, class: 'bar-actual', 'data-month': m.month },
        svg('title', {}, `${monthLabel(m.month)}：${moneyShort(m.actualWan)}`)));
    }
    parts.push(svg('text', { x: x(i) + slot / 2, y: H - M.bottom + 14, 'text-anchor': 'middle', class: `tick${i === selected ? ' current' : ''}` }, monthShort(m.month)));
  });
  const line = (key, scale) => months.map((m, i) => (m[key] === null ? null : [x(i) + slot / 2, scale(m[key])])).filter(Boolean);
  const path = (points) => points.map(([px, py], i) => `${i === 0 ? 'M' : 'L'}${px.toFixed(1)},${py.toFixed(1)}`).join(' ');
  const planLine = line('cumulativePlanWan', yRight);
  if (planLine.length > 1) parts.push(svg('path', { d: path(planLine), fill: 'none', stroke: COLOURS.cumulativePlan, 'stroke-width': 1.5, 'stroke-dasharray': '5 4', class: 'line-plan' }));
  const actualLine = line('cumulativeActualWan', yRight);
  if (actualLine.length > 0) {
    parts.push(svg('path', { d: path(actualLine), fill: 'none', stroke: COLOURS.cumulative, 'stroke-width': 2, class: 'line-actual' }));
    for (const [px, py] of actualLine) parts.push(svg('circle', { cx: px, cy: py, r: 2.5, fill: COLOURS.cumulative }));
  }
  parts.push(svg('line', { x1: M.left, x2: W - M.right, y1: M.top + plotH, y2: M.top + plotH, stroke: '#90a4ae' }));

  const chart = svg('svg', { viewBox: `0 0 ${W} ${H}`, width: '100%', role: 'img', 'aria-label': t('chart.heading', { year: data.year }), class: 'investment-chart', 'data-role': 'investment-chart' }, parts);
  const key = (cls, label) => el('span', { class: `key ${cls}` }, el('i', {}), label);
  const legend = el('div', { class: 'chart-legend' },
    key('actual', t('chart.actual')), key('plan', t('chart.plan')), key('cumulative', t('chart.cumulative')), key('cumulative-plan', t('chart.cumulativePlan')));
  const summary = el('p', { class: 'chart-summary', 'data-role': 'investment-summary' },
    data.annualPlanWan !== null
      ? t('chart.summaryPlan', { year: data.year, ytd: moneyShort(data.yearToDateWan), plan: moneyShort(data.annualPlanWan), pct: pct(data.annualPlanProgressPct), elapsed: pct(data.elapsedPlanPct) })
      : t('chart.summaryNoPlan', { year: data.year, ytd: moneyShort(data.yearToDateWan) }),
    ' ',
    data.investmentProgressPct !== null
      ? t('chart.summaryTotal', { cumulative: moneyShort(data.cumulativeWan), total: moneyShort(data.totalInvestmentWan), pct: pct(data.investmentProgressPct) })
      : '');
  return el('section', { class: 'panel-section', 'data-section': 'investment' }, heading, chart, legend, summary);
}
