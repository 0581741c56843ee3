// The map's themes: how each project is coloured and what the legend says. Themes that need the progress ledger are
// listed but disabled until the server reports the ledger; no figure is ever estimated.
import { t, language } from './i18n/index.js';

const GREY = '#9e9e9e';
// Early → late stages: viridis, 8 steps (perceptually ordered, readable by colour-blind viewers, never red, which
// the status theme keeps for 滞后).
const STAGE_COLOURS = ['#440154', '#46327e', '#365c8d', '#277f8e', '#1fa187', '#4ac16d', '#a0da39', '#fde725'];
// Planned investment classes (万元), light to dark blue (ColorBrewer PuBu, darker 5 of 7, all visible on the plain background).
const INVESTMENT_BREAKS = [500, 2000, 10000, 30000];
const INVESTMENT_COLOURS = ['#a6bddb', '#74a9cf', '#3690c0', '#0570b0', '#034e7b'];

/** The themes in the order the selector lists them. */
export function overlays(config) {
  const ledger = Boolean(config.capabilities && config.capabilities.ledger);
  return [
    { id: 'status', label: 'overlay.status', available: ledger },
    { id: 'completion', label: 'overlay.completion', available: ledger },
    { id: 'investment', label: 'overlay.investment', available: true },
    { id: 'stage', label: 'overlay.stage', available: true },
  ];
}

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

/** The fill colour of a project (its feature properties) under a theme. */
export function colourOf(config, overlayId, p) {
  switch (overlayId) {
    case 'stage':
      return p.stage ? stageColour(config, p.stage) : GREY;
    case 'investment':
      return INVESTMENT_COLOURS[investmentClass(p.plannedInvestmentWan || 0)];
    default:
      return GREY;
  }
}

/** The legend rows of a theme for the given projects: [{colour, label, count}], empty classes included. */
export function legendOf(config, overlayId, projects) {
  if (overlayId === 'investment') {
    return INVESTMENT_COLOURS.map((colour, i) => ({
      colour,
      label: t(`investment.class${i}`),
      count: projects.filter((p) => investmentClass(p.plannedInvestmentWan || 0) === i).length,
    }));
  }
  if (overlayId === 'stage') {
    const rows = config.stages.map((s) => ({
      colour: stageColour(config, s.zh),
      label: language() === 'en' ? s.en : s.zh,
      count: projects.filter((p) => p.stage === s.zh).length,
    }));
    const others = [...new Set(projects.map((p) => p.stage).filter((s) => stageIndex(config, s) < 0))];
    for (const s of others) rows.push({ colour: GREY, label: s || t('legend.unknown'), count: projects.filter((p) => p.stage === s).length });
    return rows;
  }
  return [];
}
