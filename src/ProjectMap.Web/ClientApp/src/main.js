// The leaders' view: district map with parcels coloured by a theme, legend, filters, totals, project list, and the
// project panel. Sections for milestones, investment and photos plug into `panelSections` when those data exist.
import 'ol/ol.css';
import './style.css';
import { t, translate, language, setLanguage, onLanguageChange } from './i18n/index.js';
import * as api from './api.js';
import { createMap } from './map.js';
import { overlays, colourOf, legendOf, stageLabel } from './overlays.js';
import { moneyShort, moneyFull, mu, muAndM2, m2, number } from './format.js';

const $ = (id) => document.getElementById(id);
const state = {
  config: null,
  session: null,
  projects: [],
  overlay: 'stage',
  filters: { park: '', stage: '', status: '' },
  basemap: null,
  selected: null,
  detail: null,
  message: '',
};

function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'class') e.className = v;
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else if (v !== undefined && v !== null && v !== false) e.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) if (c !== null && c !== undefined) e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return e;
}

const projectName = (p) => (language() === 'en' && p.nameEn ? p.nameEn : p.name);
const shortName = (p) => {
  const name = projectName(p);
  return name.length > 14 ? `${name.slice(0, 13)}…` : name;
};
const visible = (p) =>
  (!state.filters.park || p.park === state.filters.park) && (!state.filters.stage || p.stage === state.filters.stage);
const filtered = () => state.projects.filter(visible);

const view = createMap('map', {
  colourOf: (p) => colourOf(state.config, state.overlay, p),
  visible,
  label: shortName,
  onSelect: (code) => selectProject(code, false),
});

// ---- sidebar ----------------------------------------------------------------------------------------------------

function renderOverlays() {
  const box = $('overlays');
  box.replaceChildren();
  for (const o of overlays(state.config)) {
    const input = el('input', { type: 'radio', name: 'overlay', value: o.id, disabled: !o.available, checked: o.id === state.overlay });
    input.addEventListener('change', () => {
      state.overlay = o.id;
      refresh();
    });
    box.append(el('label', { class: o.available ? 'overlay' : 'overlay disabled', 'data-overlay': o.id }, input, ' ', t(o.label),
      o.available ? null : el('small', { class: 'unavailable' }, `（${t('overlay.needsLedger')}）`)));
  }
  $('ledger-note').hidden = Boolean(state.config.capabilities.ledger);
}

function renderLegend() {
  const rows = legendOf(state.config, state.overlay, filtered().filter((p) => p.areaM2 > 0));
  $('legend').replaceChildren(...rows.map((r) =>
    el('li', {}, el('span', { class: 'swatch', style: `background:${r.colour}` }), el('span', { class: 'legend-label' }, r.label),
      el('span', { class: 'legend-count' }, t('legend.count', { n: r.count })))));
}

function fillSelect(select, values, current, labelOf = (v) => v) {
  select.replaceChildren(el('option', { value: '' }, t('filter.all')), ...values.map((v) => el('option', { value: v, selected: v === current }, labelOf(v))));
  select.value = current;
}

function renderFilters() {
  const parks = [...new Set(state.projects.map((p) => p.park).filter(Boolean))].sort((a, b) => a.localeCompare(b, 'zh-CN'));
  const order = (s) => {
    const i = state.config.stages.findIndex((x) => x.zh === s);
    return i < 0 ? 99 : i;
  };
  const stages = [...new Set(state.projects.map((p) => p.stage).filter(Boolean))].sort((a, b) => order(a) - order(b));
  fillSelect($('filter-park'), parks, state.filters.park);
  fillSelect($('filter-stage'), stages, state.filters.stage, (s) => stageLabel(state.config, s));
  const status = $('filter-status');
  if (state.config.capabilities.ledger) {
    fillSelect(status, ['normal', 'warning', 'delayed'], state.filters.status);
    status.disabled = false;
  } else {
    status.replaceChildren(el('option', { value: '' }, t('filter.statusMissing')));
    status.disabled = true;
  }
}

function renderTotals() {
  const list = filtered();
  const investment = list.reduce((s, p) => s + (p.plannedInvestmentWan || 0), 0);
  const area = list.reduce((s, p) => s + (p.areaMu || 0), 0);
  const floor = list.reduce((s, p) => s + (p.buildingFloorAreaM2 || 0), 0);
  $('totals').replaceChildren(
    el('dt', {}, t('totals.projects')), el('dd', { 'data-total': 'projects' }, number(list.length)),
    el('dt', {}, t('totals.investment')), el('dd', { 'data-total': 'investment' }, moneyShort(investment)),
    el('dt', {}, t('totals.area')), el('dd', { 'data-total': 'area' }, mu(area)),
    el('dt', {}, t('totals.floorArea')), el('dd', { 'data-total': 'floor' }, m2(floor)));
}

function renderList() {
  const list = filtered();
  const box = $('project-list');
  if (list.length === 0) {
    box.replaceChildren(el('li', { class: 'empty' }, t('list.empty')));
    return;
  }
  box.replaceChildren(...list.map((p) => el('li', {
    class: p.code === state.selected ? 'selected' : '',
    'data-code': p.code,
    onclick: () => selectProject(p.code, true),
  },
  el('span', { class: 'swatch', style: `background:${colourOf(state.config, state.overlay, p)}` }),
  el('span', { class: 'project-name' }, projectName(p)),
  el('span', { class: 'project-meta' }, `${p.park || ''} · ${moneyShort(p.plannedInvestmentWan || 0)}${p.areaM2 > 0 ? '' : ` · ${t('legend.noParcel')}`}`))));
}

function renderBasemaps() {
  const basemaps = state.config.basemaps;
  $('basemap-section').hidden = basemaps.length === 0;
  if (basemaps.length === 0) return;
  const select = $('basemap');
  const name = (b) => (language() === 'en' ? b.nameEn : b.nameZh);
  select.replaceChildren(el('option', { value: '' }, t('basemap.none')), ...basemaps.map((b) => el('option', { value: b.id }, name(b))));
  select.value = state.basemap ? state.basemap.id : '';
  $('basemap-note').hidden = !(state.basemap && state.basemap.datum === 'gcj02');
}

function renderUser() {
  const s = state.session;
  $('user').textContent = s.authenticated ? `${s.user.displayName || s.user.name} · ${t(`user.role.${s.user.role}`)}` : t('user.anonymous');
  $('logout').hidden = !s.authenticated;
  $('login-link').hidden = s.authenticated;
  $('admin-link').hidden = !(s.authenticated && s.user.role === 'admin');
}

function refresh() {
  renderOverlays();
  renderLegend();
  renderFilters();
  renderTotals();
  renderList();
  renderBasemaps();
  renderUser();
  view.refresh();
  if (state.detail) renderPanel();
}

// ---- project panel ---------------------------------------------------------------------------------------------

function factRow(labelKey, value) {
  return value === null || value === undefined || value === '' ? null : [el('dt', {}, t(labelKey)), el('dd', {}, value)];
}

const factsSection = {
  id: 'facts',
  render(p) {
    const area = p.areaM2 > 0 ? muAndM2(p.areaMu, p.areaM2) : t('legend.noParcel');
    const rows = [
      factRow('panel.code', p.code),
      factRow('panel.nameEn', language() === 'zh' ? p.nameEn : null),
      factRow('panel.name', language() === 'en' ? p.name : null),
      factRow('panel.park', p.park),
      factRow('panel.location', p.location),
      factRow('panel.industry', p.industry),
      factRow('panel.investment', moneyFull(p.plannedInvestmentWan || 0)),
      factRow('panel.area', area),
      factRow('panel.declaredArea', p.declaredAreaMu != null ? mu(p.declaredAreaMu) : null),
      factRow('panel.floorArea', p.buildingFloorAreaM2 != null ? m2(p.buildingFloorAreaM2) : null),
      factRow('panel.pv', p.photovoltaicKwp != null ? `${number(p.photovoltaicKwp, 0)} kWp` : null),
      factRow('panel.start', p.startDate),
      factRow('panel.completion', p.plannedCompletion),
      factRow('panel.stage', stageLabel(state.config, p.stage)),
    ].filter(Boolean).flat();
    const warning = p.areaWarning ? el('p', { class: 'warning' }, t('panel.areaWarning', { pct: number(p.areaDifferencePct, 1) })) : null;
    return el('section', { class: 'panel-section', 'data-section': 'facts' }, el('h3', {}, t('panel.facts')), el('dl', { class: 'facts' }, rows), warning);
  },
};

const buildingsSection = {
  id: 'buildings',
  render(p) {
    const items = p.buildings.length === 0
      ? [el('li', { class: 'empty' }, t('panel.noBuildings'))]
      : p.buildings.map((b) => el('li', {}, language() === 'en'
        ? `${b.nameEn || b.nameZh}: ${m2(b.floorAreaM2)}, ${t('panel.storeys', { n: b.storeys })}`
        : `${b.nameZh}：${m2(b.floorAreaM2)}，${t('panel.storeys', { n: b.storeys })}`));
    return el('section', { class: 'panel-section', 'data-section': 'buildings' }, el('h3', {}, t('panel.buildings')), el('ul', { class: 'buildings' }, items));
  },
};

const pendingSection = {
  id: 'pending',
  render() {
    const c = state.config.capabilities;
    return c.ledger && c.photos && c.tiles ? null : el('p', { class: 'note', 'data-section': 'pending' }, t('panel.pending'));
  },
};

// The panel's sections in order; milestones, investment chart and photo timeline are added here when available.
export const panelSections = [factsSection, buildingsSection, pendingSection];

function editor(p) {
  const box = el('div', { class: 'editor' });
  const message = el('p', { class: 'note', 'data-role': 'edit-message' }, state.message);
  const say = (text) => {
    state.message = text;
    message.textContent = text;
  };
  if (p.canEditStage) {
    const input = el('input', { list: 'stage-options', value: p.stage || '', 'data-role': 'stage-input', maxlength: '32' });
    const options = el('datalist', { id: 'stage-options' }, state.config.stages.map((s) => el('option', { value: s.zh }, language() === 'en' ? s.en : s.zh)));
    const save = el('button', {
      type: 'button', class: 'primary', 'data-role': 'stage-save',
      onclick: async () => {
        try {
          state.detail = await api.send('PUT', `/api/projects/${encodeURIComponent(p.code)}/stage`, { stage: input.value });
          say(t('panel.saved'));
          await reloadProjects();
        } catch (e) {
          say(t('panel.saveFailed', { message: e.message }));
        }
      },
    }, t('panel.save'));
    box.append(el('h3', {}, t('panel.editStage')), el('div', { class: 'row' }, input, options, save));
  }
  if (p.canEditFacts) {
    const fields = [
      ['nameZh', 'panel.name', p.name, 'text'], ['nameEn', 'panel.nameEn', p.nameEn, 'text'], ['park', 'panel.park', p.park, 'text'],
      ['industry', 'panel.industry', p.industry, 'text'], ['plannedInvestmentWan', 'panel.investment', p.plannedInvestmentWan, 'number'],
      ['declaredLandAreaMu', 'panel.declaredArea', p.declaredAreaMu, 'number'], ['buildingFloorAreaM2', 'panel.floorArea', p.buildingFloorAreaM2, 'number'],
      ['startDate', 'panel.start', p.startDate, 'date'], ['plannedCompletion', 'panel.completion', p.plannedCompletion, 'date'],
    ];
    const inputs = fields.map(([name, label, value, type]) => [name, type, el('input', { type, name, value: value ?? '', step: type === 'number' ? 'any' : undefined })]);
    const form = el('form', { class: 'facts-form', hidden: true },
      inputs.map(([name, , input], i) => el('label', { class: 'field' }, el('span', {}, t(fields[i][1])), input)),
      el('button', { type: 'submit', class: 'primary' }, t('panel.save')));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const body = {};
      for (const [name, type, input] of inputs) {
        const v = input.value.trim();
        body[name] = v === '' ? null : type === 'number' ? Number(v) : v;
      }
      try {
        state.detail = await api.send('PATCH', `/api/projects/${encodeURIComponent(p.code)}`, body);
        say(t('panel.saved'));
        await reloadProjects();
      } catch (e) {
        say(t('panel.saveFailed', { message: e.message }));
      }
    });
    box.append(el('button', { type: 'button', 'data-role': 'facts-edit', onclick: () => { form.hidden = !form.hidden; } }, t('panel.editFacts')), form);
  }
  box.append(message);
  return p.canEditStage || p.canEditFacts ? box : null;
}

function renderPanel() {
  const p = state.detail;
  const panel = $('panel');
  if (!p) {
    panel.hidden = true;
    return;
  }
  panel.hidden = false;
  panel.dataset.code = p.code;
  panel.replaceChildren(
    el('header', { class: 'panel-head' },
      el('h2', { 'data-role': 'project-name' }, projectName(p)),
      el('button', { type: 'button', class: 'close', title: t('panel.close'), onclick: () => selectProject(null) }, '×')),
    ...[...panelSections.map((s) => s.render(p, state)), editor(p)].filter(Boolean));
}

async function selectProject(code, zoom) {
  state.selected = code;
  state.message = '';
  view.select(code, zoom);
  renderList();
  if (!code) {
    state.detail = null;
    renderPanel();
    return;
  }
  try {
    state.detail = await api.get(`/api/projects/${encodeURIComponent(code)}`);
  } catch (e) {
    state.detail = null;
    $('status-line').textContent = t('app.error', { message: e.message });
  }
  renderPanel();
}

async function reloadProjects() {
  const [projects, geojson] = await Promise.all([api.get('/api/projects'), api.get('/api/projects.geojson')]);
  state.projects = projects;
  view.setParcels(geojson);
  view.select(state.selected);
  refresh();
}

// ---- start -----------------------------------------------------------------------------------------------------

function wire() {
  $('lang').addEventListener('click', () => setLanguage(language() === 'zh' ? 'en' : 'zh'));
  onLanguageChange(() => {
    translate();
    document.title = state.config.title || t('app.title');
    if (state.config.title) $('title').textContent = state.config.title;
    view.setBasemap(state.basemap, language());
    refresh();
  });
  $('filter-park').addEventListener('change', (e) => { state.filters.park = e.target.value; refresh(); view.fitVisible(); });
  $('filter-stage').addEventListener('change', (e) => { state.filters.stage = e.target.value; refresh(); view.fitVisible(); });
  $('filter-status').addEventListener('change', (e) => { state.filters.status = e.target.value; refresh(); });
  $('filter-reset').addEventListener('click', () => { state.filters = { park: '', stage: '', status: '' }; refresh(); view.fitVisible(); });
  $('fit-all').addEventListener('click', () => view.fitVisible());
  $('basemap').addEventListener('change', (e) => {
    state.basemap = state.config.basemaps.find((b) => b.id === e.target.value) || null;
    view.setBasemap(state.basemap, language());
    view.fitVisible();
    refresh();
  });
  $('logout').addEventListener('click', async () => {
    await api.send('POST', '/account/logout');
    window.location.href = state.config.anonymousRead ? '/' : '/login';
  });
}

async function start() {
  translate();
  try {
    state.session = await api.session();
    if (!state.session.canRead) {
      window.location.href = '/login?ReturnUrl=%2F';
      return;
    }
    state.config = await api.get('/api/config');
    const firstAvailable = overlays(state.config).find((o) => o.available);
    state.overlay = firstAvailable ? firstAvailable.id : 'stage';
    if (state.config.title) {
      $('title').textContent = state.config.title;
      document.title = state.config.title;
    }
    state.basemap = state.config.basemaps.find((b) => b.id === state.config.defaultBasemap) || null;
    view.setBasemap(state.basemap, language());
    wire();
    await reloadProjects();
    view.fitVisible();
    $('status-line').hidden = true;
    window.__projectmap.ready = true;
  } catch (e) {
    $('status-line').textContent = t('app.error', { message: e.message });
  }
}

// A small read-only hook for the end-to-end tests (and for anyone curious in the browser console).
window.__projectmap = {
  ready: false,
  featureCount: () => view.source.getFeatures().length,
  visibleCount: () => view.source.getFeatures().filter((f) => visible(f.getProperties())).length,
  overlay: () => state.overlay,
  language,
  projection: () => view.projection(),
  pixelOf: (code) => view.pixelOf(code),
  colourOf: (code) => {
    const p = state.projects.find((x) => x.code === code);
    return p ? colourOf(state.config, state.overlay, p) : null;
  },
  firstVertex: (code) => view.firstVertex(code),
  renderComplete: () => new Promise((resolve) => {
    view.map.once('rendercomplete', () => resolve(true));
    view.map.render();
  }),
};

start();
