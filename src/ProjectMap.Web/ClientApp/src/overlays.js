// The map's themes: how each project is coloured and what the legend says. Status and completion come from the
// ledger's status report for the selected month (as of its end); stage is the stage reached by then. Every ramp is
// readable by colour-blind viewers and labelled in words; no figure is ever estimated.
import { t, language } from './i18n/index.js';

const GREY = '#9e9e9e';
// Early → late stages: viridis, 8 steps (perceptually ordered, readable by colour-blind viewers, never red, which
// the status theme keeps for 滞后).
const STAGE_COLOURS = ['#440154', '#46327e', '#365c8d', '#277f8e', '#1fa187', '#4ac16d', '#a0da39', '#fde725'];
// Planned investment classes (万元), light to dark blue (ColorBrewer PuBu, darker 5 of 7, all visible on the plain background).
const INVESTMENT_BREAKS = [500, 2000, 10000, 30000];
const INVESTMENT_COLOURS = ['#a6bddb', '#74a9cf', '#3690c0', '#0570b0', '#034e7b'];
// Status: Okabe–Ito bluish green, orange and vermillion, told apart by lightness as well as hue; the legend, list
// and panel also say 正常/预警/滞后 in words.
export const STATUS_COLOURS = { normal: '#009e73', warning: '#e69f00', delayed: '#d55e00' };
export const STATUS_ORDER = ['delayed', 'warning', 'normal'];
// Completion (percent): ColorBrewer YlGnBu, six classes from light to dark, the last for 100 % (complete).
const COMPLETION_BREAKS = [20, 40, 60, 80, 100];
const COMPLETION_COLOURS = ['#c7e9b4', '#7fcdbb', '#41b6c4', '#1d91c0', '#225ea8', '#0c2c84'];

/** The themes in the order the selector lists them. */
export function overlays() {
  return [
    { id: 'status', label: 'overlay.status' },
    { id: 'completion', label: 'overlay.completion' },
    { id: 'investment', label: 'overlay.investment' },
    { id: 'stage', label: 'overlay.stage' },
  ];
}

/** The completion measures the completion theme can show. */
export const COMPLETION_MEASURES = ['schedule', 'investment'];

function stageIndex(config, stage) {
  return config.stages.findIndex((s) => s.zh === stage);
}

/** The stage's name in the current language (the store keeps Chinese names). */
export function stageLabel(config, stage) {
  if (!stage) return t('legend.unknown');
  const i = stageIndex(config, stage);
  return i >= 0 && language() === 'en' ? config.stages[i].en : stage;
}

function stageColour(config, stage) {
  const i = stageIndex(config, stage);
  if (i < 0) return GREY;
  return STAGE_COLOURS[Math.round((i * (STAGE_COLOURS.length - 1)) / Math.max(1, config.stages.length - 1))];
}

function investmentClass(wan) {
  let i = 0;
  while (i < INVESTMENT_BREAKS.length && wan >= INVESTMENT_BREAKS[i]) i++;
  return i;
}

function completionClass(value) {
  if (value === null || value === undefined) return -1;
  let i = 0;
  while (i < COMPLETION_BREAKS.length && value >= COMPLETION_BREAKS[i]) i++;
  return i;
}

/** The completion percentage of a project's status for a measure ('schedule' or 'investment'), or null. */
export function completionOf(status, measure) {
  if (!status) return null;
  return measure === 'investment' ? status.investmentProgressPct : status.hasMilestones ? status.scheduleProgressPct : null;
}

/**
 * The fill colour of a project under a theme. `ctx` = {config, measure, statusOf(code), stageOf(p)}: the status of the
 * selected month and the stage (Chinese name) reached by its end.
 */
export function colourOf(ctx, overlayId, p) {
  switch (overlayId) {
    case 'stage': {
      const stage = ctx.stageOf(p);
      return stage ? stageColour(ctx.config, stage) : GREY;
    }
    case 'investment':
      return INVESTMENT_COLOURS[investmentClass(p.plannedInvestmentWan || 0)];
    case 'status': {
      const s = ctx.statusOf(p.code);
      return s ? STATUS_COLOURS[s.status] : GREY;
    }
    case 'completion': {
      const c = completionClass(completionOf(ctx.statusOf(p.code), ctx.measure));
      return c < 0 ? GREY : COMPLETION_COLOURS[c];
    }
    default:
      return GREY;
  }
}

/** The legend rows of a theme for the given projects: [{colour, label, count}], empty classes included. */
export function legendOf(ctx, overlayId, projects) {
  const config = ctx.config;
  if (overlayId === 'investment') {
    return INVESTMENT_COLOURS.map((colour, i) => ({
      colour,
      label: t(`investment.class${i}`),
      count: projects.filter((p) => investmentClass(p.plannedInvestmentWan || 0) === i).length,
    }));
  }
  if (overlayId === 'status') {
    const rows = STATUS_ORDER.map((s) => ({
      colour: STATUS_COLOURS[s], label: t(`status.${s}`), count: projects.filter((p) => ctx.statusOf(p.code)?.status === s).length,
    }));
    const missing = projects.filter((p) => !ctx.statusOf(p.code)).length;
    if (missing > 0) rows.push({ colour: GREY, label: t('legend.noStatus'), count: missing });
    return rows;
  }
  if (overlayId === 'completion') {
    const rows = COMPLETION_COLOURS.map((colour, i) => ({
      colour,
      label: t(`completion.class${i}`),
      count: projects.filter((p) => completionClass(completionOf(ctx.statusOf(p.code), ctx.measure)) === i).length,
    })).reverse();
    rows.push({ colour: GREY, label: t(ctx.measure === 'investment' ? 'legend.noInvestmentTotal' : 'legend.noMilestones'),
      count: projects.filter((p) => completionClass(completionOf(ctx.statusOf(p.code), ctx.measure)) < 0).length });
    return rows;
  }
  if (overlayId === 'stage') {
    const rows = config.stages.map((s) => ({
      colour: stageColour(config, s.zh),
      label: language() === 'en' ? s.en : s.zh,
      count: projects.filter((p) => ctx.stageOf(p) === s.zh).length,
    }));
    const others = [...new Set(projects.map((p) => ctx.stageOf(p)).filter((s) => stageIndex(config, s) < 0))];
    for (const s of others) rows.push({ colour: GREY, label: s || t('legend.unknown'), count: projects.filter((p) => ctx.stageOf(p) === s).length });
    return rows;
  }
  return [];
}
