// The leaders' view: district map with parcels coloured by a theme (status, completion, planned investment, stage) as
// of the end of the month chosen on the month slider, legend, filters, totals, project list, drone photo footprints of
// that month, and the project panel: status and reasons, milestone strip, investment chart, photo timeline, facts.
import 'ol/ol.css';
import './style.css';
import { t, translate, language, setLanguage, onLanguageChange } from './i18n/index.js';
import * as api from './api.js';
import { $, el } from './dom.js';
import { createMap } from './map.js';
import { overlays, colourOf, legendOf, stageLabel, STATUS_COLOURS, COMPLETION_MEASURES } from './overlays.js';
import { moneyShort, moneyFull, mu, muAndM2, m2, number, monthLabel, dateLabel } from './format.js';
import { createMonthBar } from './monthbar.js';
import { milestoneSection } from './milestones.js';
import { investmentSection } from './chart.js';
import { photoSection, createPhotoViewer } from './photos.js';

const state = {
  config: null,
  session: null,
  projects: [],
  status: new Map(),
  timeline: null,
  month: null,
  overlay: 'status',
  measure: 'schedule',
  filters: { park: '', stage: '', status: '' },
  basemap: null,
  showPhotos: true,
  // Drone imagery pyramids (/api/tiles), whether they are shown, and the month compared by the swipe (null: none).
  pyramids: [],
  showImagery: true,
  compare: null,
  swipe: 0.5,
  monthPhotos: [],
  selected: null,
  detail: null,
  milestones: null,
  investment: null,
  projectPhotos: [],
  message: '',
};

const projectName = (p) => (language() === 'en' && p.nameEn ? p.nameEn : p.name);
const shortName = (p) => {
  const name = projectName(p);
  return name.length > 14 ? `${name.slice(0, 13)}…` : name;
};
const statusOf = (code) => state.status.get(code) || null;
// The stage reached by the selected month's end (from the ledger); a project whose ledger has no milestones keeps the
// stage its parcel was imported with.
const stageOf = (p) => {
  const s = statusOf(p.code);
  return s && s.hasMilestones ? (s.stage ? s.stage.zh : null) : p.stage || null;
};
const themeContext = () => ({ config: state.config, measure: state.measure, statusOf, stageOf });
const colour = (p) => colourOf(themeContext(), state.overlay, p);
const visible = (p) =>
  (!state.filters.park || p.park === state.filters.park)
  && (!state.filters.stage || stageOf(p) === state.filters.stage)
  && (!state.filters.status || statusOf(p.code)?.status === state.filters.status);
const filtered = () => state.projects.filter(visible);
let index = new Map();
const byCode = (code) => index.get(code);

const view = createMap('map', {
  colourOf: (p) => colour(byCode(p.code) || p),
  visible: (p) => visible(byCode(p.code) || p),
  label: shortName,
  onSelect: (code) => selectProject(code, false),
  onPhoto: (sha) => openMonthPhoto(sha),
});

const photoViewer = createPhotoViewer({
  onShow: (p) => view.selectPhoto(p.sha256),
  onClose: () => view.selectPhoto(null),
});

const monthBar = createMonthBar($('month-bar'), (month) => setMonth(month));

// ---- sidebar ----------------------------------------------------------------------------------------------------

function renderOverlays() {
  const box = $('overlays');
  box.replaceChildren();
  for (const o of overlays()) {
    const input = el('input', { type: 'radio', name: 'overlay', value: o.id, checked: o.id === state.overlay });
    input.addEventListener('change', () => {
      state.overlay = o.id;
      refresh();
    });
    const label = el('label', { class: 'overlay', 'data-overlay': o.id }, input, ' ', t(o.label));
    box.append(label);
    if (o.id === 'completion') {
      const measure = el('select', { id: 'completion-measure', disabled: state.overlay !== 'completion' },
        COMPLETION_MEASURES.map((m) => el('option', { value: m, selected: m === state.measure }, t(`completion.measure.${m}`))));
      measure.addEventListener('change', () => {
        state.measure = measure.value;
        refresh();
      });
      box.append(el('div', { class: 'overlay-option' }, measure));
    }
  }
  $('overlay-note').textContent = t(`overlay.note.${state.overlay}`, { month: monthLabel(state.month) });
}

function renderLegend() {
  const rows = legendOf(themeContext(), state.overlay, filtered().filter((p) => p.areaM2 > 0));
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
  const stages = [...new Set(state.projects.map(stageOf).filter(Boolean))].sort((a, b) => order(a) - order(b));
  fillSelect($('filter-park'), parks, state.filters.park);
  fillSelect($('filter-stage'), stages, state.filters.stage, (s) => stageLabel(state.config, s));
  fillSelect($('filter-status'), ['delayed', 'warning', 'normal'], state.filters.status, (s) => t(`status.${s}`));
}

function renderTotals() {
  const list = filtered();
  const sum = (f) => list.reduce((s, p) => s + (f(p) || 0), 0);
  const counts = ['delayed', 'warning', 'normal'].map((s) => [s, list.filter((p) => statusOf(p.code)?.status === s).length]);
  $('totals').replaceChildren(
    el('dt', {}, t('totals.projects')), el('dd', { 'data-total': 'projects' }, number(list.length)),
    el('dt', {}, t('totals.status')), el('dd', { 'data-total': 'status', class: 'status-counts' },
      counts.map(([s, n]) => el('span', { class: `status-chip ${s}` }, `${t(`status.${s}`)} ${n}`))),
    el('dt', {}, t('totals.investment')), el('dd', { 'data-total': 'investment' }, moneyShort(sum((p) => p.plannedInvestmentWan))),
    el('dt', {}, t('totals.cumulative', { month: monthLabel(state.month) })), el('dd', { 'data-total': 'cumulative' }, moneyShort(sum((p) => statusOf(p.code)?.cumulativeInvestmentWan))),
    el('dt', {}, t('totals.monthInvestment')), el('dd', { 'data-total': 'month' }, moneyShort(sum((p) => statusOf(p.code)?.monthInvestmentWan))),
    el('dt', {}, t('totals.area')), el('dd', { 'data-total': 'area' }, mu(sum((p) => p.areaMu))),
    el('dt', {}, t('totals.floorArea')), el('dd', { 'data-total': 'floor' }, m2(sum((p) => p.buildingFloorAreaM2))));
}

function statusChip(code) {
  const s = statusOf(code);
  return s ? el('span', { class: `status-chip ${s.status}`, 'data-status': s.status }, t(`status.${s.status}`)) : null;
}

function renderList() {
  const list = filtered();
  const box = $('project-list');
  if (state.projects.length === 0) {
    box.replaceChildren(el('li', { class: 'empty' }, t('list.noProjects')));
    return;
  }
  if (list.length === 0) {
    box.replaceChildren(el('li', { class: 'empty' }, t('list.empty')));
    return;
  }
  box.replaceChildren(...list.map((p) => el('li', {
    class: p.code === state.selected ? 'selected' : '',
    'data-code': p.code,
    onclick: () => selectProject(p.code, true),
  },
  el('span', { class: 'swatch', style: `background:${colour(p)}` }),
  el('span', { class: 'project-name' }, projectName(p), statusChip(p.code)),
  el('span', { class: 'project-meta' }, `${p.park || ''} · ${moneyShort(p.plannedInvestmentWan || 0)} · ${stageLabel(state.config, stageOf(p))}${p.areaM2 > 0 ? '' : ` · ${t('legend.noParcel')}`}`))));
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
  $('upload-link').hidden = !(s.authenticated && (s.user.role === 'admin' || (s.user.role === 'officer' && s.user.projects.length > 0)));
  // The monthly report (月报) of the month on the slider, in the page's language, when the server offers it.
  $('report-link').hidden = !state.config.capabilities.reports;
  $('report-xlsx-link').hidden = !state.config.capabilities.reports;
}

function renderPhotoToggle() {
  const count = state.monthPhotos.length;
  $('photo-toggle-label').textContent = t('map.photos', { n: count, month: monthLabel(state.month) });
  $('photo-toggle').checked = state.showPhotos;
}

// ---- imagery ----------------------------------------------------------------------------------------------------

const pyramidsOf = (month) => state.pyramids.filter((p) => p.month === month);
const imageryMonths = () => [...new Set(state.pyramids.map((p) => p.month))].sort();

// The month compared by default: the latest month with imagery before the selected one, else the earliest after it.
function defaultCompareMonth() {
  const others = imageryMonths().filter((m) => m !== state.month);
  return others.filter((m) => m < state.month).pop() || others[0] || null;
}

function applyImagery() {
  if (state.compare && (state.compare === state.month || !imageryMonths().includes(state.compare))) state.compare = defaultCompareMonth();
  view.setImagery(pyramidsOf(state.month), state.compare ? pyramidsOf(state.compare) : []);
  view.showImagery(state.showImagery);
  view.setSwipe(state.compare && state.showImagery ? state.swipe : null);
}

function renderImageryTools() {
  const any = state.pyramids.length > 0;
  $('imagery-tool').hidden = !any;
  $('compare-toggle').hidden = !any || imageryMonths().length < 2;
  if (!any) return;
  const n = pyramidsOf(state.month).length;
  $('imagery-toggle-label').textContent = n > 0 ? t('map.imagery', { n, month: monthLabel(state.month) }) : t('map.noImagery', { month: monthLabel(state.month) });
  $('imagery-toggle').checked = state.showImagery;
  const comparing = Boolean(state.compare);
  $('compare-toggle').textContent = t(comparing ? 'compare.stop' : 'compare.start');
  $('compare-toggle').classList.toggle('active', comparing);
  $('compare-tool').hidden = !comparing;
  $('swipe-wrap').hidden = !(comparing && state.showImagery);
  if (!comparing) return;
  const select = $('compare-month');
  select.replaceChildren(...imageryMonths().filter((m) => m !== state.month).map((m) => el('option', { value: m }, monthLabel(m))));
  select.value = state.compare;
  renderSwipe();
}

function renderSwipe() {
  const pct = `${(state.swipe * 100).toFixed(1)}%`;
  $('swipe').value = String(state.swipe * 100);
  $('swipe').setAttribute('aria-label', t('compare.slider'));
  $('swipe-line').style.left = pct;
  $('swipe-left').style.left = pct;
  $('swipe-right').style.left = pct;
  $('swipe-left').textContent = t('compare.left', { month: monthLabel(state.compare) });
  $('swipe-right').textContent = t('compare.right', { month: monthLabel(state.month) });
}

function refresh() {
  renderOverlays();
  renderLegend();
  renderFilters();
  renderTotals();
  renderList();
  renderBasemaps();
  renderUser();
  renderPhotoToggle();
  renderImageryTools();
  monthBar.render();
  view.refresh();
  if (state.detail) renderPanel();
}

// ---- month ------------------------------------------------------------------------------------------------------

async function loadMonth(month) {
  const [status, photos] = await Promise.all([
    api.get(`/api/status?month=${month}`),
    api.get(`/api/photos.geojson?month=${month}`),
  ]);
  state.month = month;
  state.status = new Map(status.projects.map((s) => [s.code, s]));
  state.monthPhotos = photos.features.map((f) => f.properties);
  view.setPhotos(photos);
  applyImagery();
}

async function setMonth(month) {
  if (!month || month === state.month) return;
  try {
    $('map-wrap').classList.add('loading');
    await loadMonth(month);
    monthBar.select(month);
    if (state.selected) await loadProjectLedger(state.selected);
    refresh();
  } catch (e) {
    showError(e);
  } finally {
    $('map-wrap').classList.remove('loading');
  }
}

function openMonthPhoto(sha) {
  const i = state.monthPhotos.findIndex((p) => p.sha256 === sha);
  if (i >= 0) photoViewer.open(state.monthPhotos, i);
}

// ---- project panel ---------------------------------------------------------------------------------------------

function factRow(labelKey, value) {
  return value === null || value === undefined || value === '' ? null : [el('dt', {}, t(labelKey)), el('dd', {}, value)];
}

function statusSection(p) {
  const s = statusOf(p.code);
  if (!s) return null;
  return el('section', { class: 'panel-section', 'data-section': 'status' },
    el('h3', {}, t('panel.status', { month: monthLabel(state.month) })),
    el('p', { class: 'status-line-big' }, el('span', { class: `status-chip big ${s.status}` }, t(`status.${s.status}`)),
      s.stage ? ` ${t('panel.stageNow', { stage: language() === 'en' ? s.stage.en : s.stage.zh, date: dateLabel(s.stageReachedOn) })}` : ''),
    el('ul', { class: 'reasons' }, s.reasons.map((r) => el('li', { class: r.level }, language() === 'en' ? r.en : r.zh))));
}

function factsSection(p) {
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
    factRow('panel.start', p.startDate ? dateLabel(p.startDate) : null),
    factRow('panel.completion', p.plannedCompletion ? dateLabel(p.plannedCompletion) : null),
  ].filter(Boolean).flat();
  const warning = p.areaWarning ? el('p', { class: 'warning' }, t('panel.areaWarning', { pct: number(p.areaDifferencePct, 1) })) : null;
  return el('section', { class: 'panel-section', 'data-section': 'facts' }, el('h3', {}, t('panel.facts')), el('dl', { class: 'facts' }, rows), warning);
}

function buildingsSection(p) {
  const items = p.buildings.length === 0
    ? [el('li', { class: 'empty' }, t('panel.noBuildings'))]
    : p.buildings.map((b) => el('li', {}, language() === 'en'
      ? `${b.nameEn || b.nameZh}: ${m2(b.floorAreaM2)}, ${t('panel.storeys', { n: b.storeys })}`
      : `${b.nameZh}：${m2(b.floorAreaM2)}，${t('panel.storeys', { n: b.storeys })}`));
  return el('section', { class: 'panel-section', 'data-section': 'buildings' }, el('h3', {}, t('panel.buildings')), el('ul', { class: 'buildings' }, items));
}

function factsEditor(p) {
  if (!p.canEditFacts) return null;
  const message = el('p', { class: 'note', 'data-role': 'edit-message' }, state.message);
  const fields = [
    ['nameZh', 'panel.name', p.name, 'text'], ['nameEn', 'panel.nameEn', p.nameEn, 'text'], ['park', 'panel.park', p.park, 'text'],
    ['industry', 'panel.industry', p.industry, 'text'], ['plannedInvestmentWan', 'panel.investment', p.plannedInvestmentWan, 'number'],
    ['declaredLandAreaMu', 'panel.declaredArea', p.declaredAreaMu, 'number'], ['buildingFloorAreaM2', 'panel.floorArea', p.buildingFloorAreaM2, 'number'],
    ['startDate', 'panel.start', p.startDate, 'date'], ['plannedCompletion', 'panel.completion', p.plannedCompletion, 'date'],
  ];
  const inputs = fields.map(([name, , value, type]) => [name, type, el('input', { type, name, value: value ?? '', step: type === 'number' ? 'any' : undefined })]);
  const form = el('form', { class: 'facts-form', hidden: true },
    inputs.map(([, , input], i) => el('label', { class: 'field' }, el('span', {}, t(fields[i][1])), input)),
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
      state.message = t('panel.saved');
      await reloadProjects();
    } catch (e) {
      state.message = t('panel.saveFailed', { message: e.message });
      message.textContent = state.message;
    }
  });
  return el('div', { class: 'editor' },
    el('button', { type: 'button', 'data-role': 'facts-edit', onclick: () => { form.hidden = !form.hidden; } }, t('panel.editFacts')), form, message);
}

function renderPanel() {
  const p = state.detail;
  const panel = $('panel');
  if (!p) {
    panel.hidden = true;
    return;
  }
  const scroll = panel.scrollTop;
  panel.hidden = false;
  panel.dataset.code = p.code;
  panel.dataset.month = state.month;
  panel.replaceChildren(
    el('header', { class: 'panel-head' },
      el('h2', { 'data-role': 'project-name' }, projectName(p)),
      statusChip(p.code),
      el('button', { type: 'button', class: 'close', title: t('panel.close'), onclick: () => selectProject(null) }, '×')),
    ...[
      statusSection(p),
      state.milestones ? milestoneSection(state.milestones, async () => {
        await reloadProjects();
        await loadProjectLedger(p.code);
        refresh();
      }) : null,
      state.investment ? investmentSection(state.investment) : null,
      photoSection(state.projectPhotos, state.month, {
        onMonth: (m) => setMonth(m),
        onOpen: (list, i) => photoViewer.open(list, i),
      }),
      factsSection(p),
      buildingsSection(p),
      factsEditor(p),
    ].filter(Boolean));
  panel.scrollTop = scroll;
}

async function loadProjectLedger(code) {
  const [milestones, investment] = await Promise.all([
    api.get(`/api/projects/${encodeURIComponent(code)}/milestones?month=${state.month}`),
    api.get(`/api/projects/${encodeURIComponent(code)}/investment?month=${state.month}`),
  ]);
  if (state.selected === code) {
    state.milestones = milestones;
    state.investment = investment;
  }
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
    const [detail, photos] = await Promise.all([
      api.get(`/api/projects/${encodeURIComponent(code)}`),
      api.get(`/api/photos?project=${encodeURIComponent(code)}`),
      loadProjectLedger(code),
    ]);
    if (state.selected !== code) return;
    state.detail = detail;
    state.projectPhotos = photos;
    $('panel').scrollTop = 0;
  } catch (e) {
    state.detail = null;
    showError(e);
  }
  renderPanel();
}

async function reloadProjects() {
  const [projects, geojson, pyramids] = await Promise.all([api.get('/api/projects'), api.get('/api/projects.geojson'), api.get('/api/tiles')]);
  state.projects = projects;
  state.pyramids = pyramids;
  index = new Map(projects.map((p) => [p.code, p]));
  view.setParcels(geojson);
  if (state.month) await loadMonth(state.month);
  view.select(state.selected);
  refresh();
}

function showError(e) {
  const line = $('status-line');
  line.hidden = false;
  line.textContent = t('app.error', { message: e.message });
}

// ---- start -----------------------------------------------------------------------------------------------------

function wire() {
  $('lang').addEventListener('click', () => setLanguage(language() === 'zh' ? 'en' : 'zh'));
  // The report links name the slider's month and the page's language at the moment they are clicked.
  for (const [id, format] of [['report-link', 'pdf'], ['report-xlsx-link', 'xlsx']]) {
    $(id).addEventListener('click', (e) => {
      e.currentTarget.href = `/api/reports/monthly?month=${encodeURIComponent(state.month)}&format=${format}&lang=${language()}`;
    });
  }
  onLanguageChange(() => {
    translate();
    document.title = state.config.title || t('app.title');
    if (state.config.title) $('title').textContent = state.config.title;
    view.setBasemap(state.basemap, language());
    refresh();
    photoViewer.refresh();
  });
  $('filter-park').addEventListener('change', (e) => { state.filters.park = e.target.value; refresh(); view.fitVisible(); });
  $('filter-stage').addEventListener('change', (e) => { state.filters.stage = e.target.value; refresh(); view.fitVisible(); });
  $('filter-status').addEventListener('change', (e) => { state.filters.status = e.target.value; refresh(); view.fitVisible(); });
  $('filter-reset').addEventListener('click', () => { state.filters = { park: '', stage: '', status: '' }; refresh(); view.fitVisible(); });
  $('fit-all').addEventListener('click', () => view.fitVisible());
  $('photo-toggle').addEventListener('change', (e) => {
    state.showPhotos = e.target.checked;
    view.showPhotos(state.showPhotos);
  });
  $('imagery-toggle').addEventListener('change', (e) => {
    state.showImagery = e.target.checked;
    applyImagery();
    renderImageryTools();
  });
  $('compare-toggle').addEventListener('click', () => {
    state.compare = state.compare ? null : defaultCompareMonth();
    state.showImagery = true;
    applyImagery();
    renderImageryTools();
  });
  $('compare-month').addEventListener('change', (e) => {
    state.compare = e.target.value;
    applyImagery();
    renderImageryTools();
  });
  $('swipe').addEventListener('input', (e) => {
    state.swipe = Number(e.target.value) / 100;
    view.setSwipe(state.swipe);
    renderSwipe();
  });
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
    const [config, timeline] = await Promise.all([api.get('/api/config'), api.get('/api/timeline')]);
    state.config = config;
    state.timeline = timeline;
    const asked = new URLSearchParams(window.location.search).get('month');
    const month = timeline.months.includes(asked) ? asked : timeline.default;
    monthBar.set(timeline, month);
    if (state.config.title) {
      $('title').textContent = state.config.title;
      document.title = state.config.title;
    }
    state.basemap = state.config.basemaps.find((b) => b.id === state.config.defaultBasemap) || null;
    view.setBasemap(state.basemap, language());
    wire();
    state.month = month;
    await reloadProjects();
    view.fitVisible();
    $('status-line').hidden = state.projects.length > 0;
    if (state.projects.length === 0) $('status-line').textContent = t('map.noProjects');
    window.__projectmap.ready = true;
  } catch (e) {
    showError(e);
  }
}

// A small read-only hook for the end-to-end tests (and for anyone curious in the browser console).
window.__projectmap = {
  ready: false,
  featureCount: () => view.source.getFeatures().length,
  visibleCount: () => view.source.getFeatures().filter((f) => visible(byCode(f.getId()) || f.getProperties())).length,
  overlay: () => state.overlay,
  month: () => state.month,
  language,
  projection: () => view.projection(),
  pixelOf: (code) => view.pixelOf(code),
  pixelAt: (lon, lat) => view.pixelOfLonLat(lon, lat),
  animating: () => view.map.getView().getAnimating(),
  photoPixel: (sha) => view.photoPixel(sha),
  photoCount: () => view.photoCount(),
  imagery: () => view.imageryLayers(),
  swipe: () => (state.compare ? { month: state.compare, share: state.swipe } : null),
  statusOf: (code) => statusOf(code)?.status ?? null,
  colourOf: (code) => {
    const p = byCode(code);
    return p ? colour(p) : null;
  },
  statusColours: STATUS_COLOURS,
  firstVertex: (code) => view.firstVertex(code),
  renderComplete: () => new Promise((resolve) => {
    view.map.once('rendercomplete', () => resolve(true));
    view.map.render();
  }),
};

start();
