// The officers' upload page: pick the project, drop many drone photos; each shows its progress and then its outcome
// (accepted, accepted with warnings, duplicate, rejected with the reason) and, once stored, its footprint on the map.
// Uploads are chunked and resumable (see uploader.js). Leaders see why they cannot upload.
import 'ol/ol.css';
import './style.css';
import { t, translate, language, setLanguage, onLanguageChange } from './i18n/index.js';
import * as api from './api.js';
import { $, el } from './dom.js';
import { createMap } from './map.js';
import { createPhotoViewer } from './photos.js';
import { UploadQueue } from './uploader.js';
import { bytes, number, monthLabel } from './format.js';
import { explain } from './reasons.js';

// Outline colours of arrived footprints by outcome (Okabe–Ito; the list also says the outcome in words).
const OUTCOME_COLOURS = { accepted: '#0072b2', 'accepted-with-warnings': '#e69f00', duplicate: '#757575' };
const EXTENSIONS = ['.jpg', '.jpeg', '.tif', '.tiff'];

const state = { session: null, config: null, projects: [], allowed: [], queue: null, rows: new Map(), footprints: new Map() };

const view = createMap('map', {
  colourOf: (p) => (state.allowed.includes(p.code) ? '#3690c0' : '#cfd8dc'),
  visible: () => true,
  label: (p) => (language() === 'en' && p.nameEn ? p.nameEn : p.name),
  onSelect: () => {},
  onPhoto: (sha) => openPhoto(sha),
  photoColour: (p) => OUTCOME_COLOURS[p.outcome] || '#1a237e',
});
const viewer = createPhotoViewer({ onShow: (p) => view.selectPhoto(p.sha256), onClose: () => view.selectPhoto(null) });

async function openPhoto(sha) {
  try {
    const photo = await api.get(`/api/photos/${sha}`);
    viewer.open([photo.properties], 0);
  } catch (e) {
    say(t('app.error', { message: e.message }), true);
  }
}

function say(text, error = false) {
  const box = $('upload-message');
  box.textContent = text;
  box.classList.toggle('error', error);
}

function outcomeText(item) {
  switch (item.state) {
    case 'waiting': return t('upload.state.waiting');
    case 'hashing': return t('upload.state.hashing', { pct: number(item.size ? (100 * item.hashed) / item.size : 100, 0) });
    case 'sending': return t(item.resumed ? 'upload.state.resuming' : 'upload.state.sending', { sent: bytes(item.offset), size: bytes(item.size) });
    case 'checking': return t('upload.state.checking');
    case 'failed': return t('upload.state.failed', { sent: bytes(item.offset), size: bytes(item.size), message: item.network ? t('upload.networkLost') : item.error });
    case 'refused': return t('upload.state.refused', { message: item.network ? t('upload.networkLost') : item.error });
    default: return t(`upload.outcome.${item.result.outcome}`);
  }
}

function detailOf(item) {
  if (item.state !== 'done') return null;
  const r = item.result;
  const lines = [];
  if (r.project || r.month) lines.push(t('upload.filed', { project: r.project || t('upload.noProject'), month: r.month ? monthLabel(r.month) : t('upload.noMonth') }));
  if (r.reason) lines.push(explain(r.reason));
  for (const w of r.warnings || []) lines.push(explain(w));
  return lines.length ? el('ul', { class: 'upload-detail' }, lines.map((l) => el('li', {}, l))) : null;
}

function renderItem(item) {
  let row = state.rows.get(item);
  if (!row) {
    row = el('li', { class: 'upload-item', 'data-file': item.name });
    state.rows.set(item, row);
    $('upload-list').prepend(row);
  }
  const state2 = item.state === 'done' ? item.result.outcome : item.state;
  row.dataset.state = state2;
  const fraction = item.state === 'hashing' ? 0 : item.size ? item.offset / item.size : 1;
  row.replaceChildren(
    el('div', { class: 'upload-line' }, el('span', { class: 'upload-name' }, item.name), el('span', { class: 'upload-size' }, bytes(item.size))),
    el('span', { class: 'bar' }, el('span', { class: 'fill', style: `width:${(100 * fraction).toFixed(1)}%` })),
    el('div', { class: 'upload-outcome', 'data-role': 'outcome' }, outcomeText(item)),
    ...[detailOf(item)].filter(Boolean));
  if (item.state === 'done' && item.result.footprint && !state.footprints.has(item.result.sha256)) {
    state.footprints.set(item.result.sha256, { type: 'Feature', id: item.result.sha256, geometry: item.result.footprint, properties: { outcome: item.result.outcome, sha256: item.result.sha256 } });
    view.setPhotos({ type: 'FeatureCollection', features: [...state.footprints.values()] });
    view.fitPhotos();
  }
  renderSummary();
}

function renderSummary() {
  const q = state.queue;
  const totals = q.totals();
  $('upload-status').hidden = totals.files === 0;
  const percent = totals.size ? (100 * totals.sent) / totals.size : 0;
  $('upload-bar').style.width = `${percent.toFixed(1)}%`;
  $('upload-percent').textContent = `${number(percent, 0)}%`;
  const o = totals.outcomes;
  const c = totals.count;
  const finished = c.done + c.failed + c.refused;
  $('upload-summary').textContent = t('upload.summary', {
    finished, files: totals.files, accepted: o.accepted || 0, warnings: o['accepted-with-warnings'] || 0,
    duplicate: o.duplicate || 0, rejected: o.rejected || 0, failed: c.failed + c.refused,
  });
  $('resume-failed').hidden = c.failed === 0;
}

function renderLegend() {
  $('upload-legend').replaceChildren(...Object.entries(OUTCOME_COLOURS).map(([k, colour]) =>
    el('span', { class: 'key' }, el('i', { style: `border-color:${colour}` }), t(`upload.outcome.${k}`))));
}

function addFiles(list) {
  const files = [...list];
  if (files.length === 0) return;
  const limits = state.config.uploads;
  if (files.length > limits.maxFilesPerBatch) {
    say(t('upload.tooMany', { n: files.length, max: limits.maxFilesPerBatch }), true);
    return;
  }
  const tooLarge = files.filter((f) => f.size > limits.maxFileBytes);
  const notPhotos = files.filter((f) => !EXTENSIONS.some((e) => f.name.toLowerCase().endsWith(e)));
  const ok = files.filter((f) => !tooLarge.includes(f) && !notPhotos.includes(f));
  const notes = [];
  if (tooLarge.length) notes.push(t('upload.tooLarge', { names: tooLarge.map((f) => f.name).join('、'), max: bytes(limits.maxFileBytes) }));
  if (notPhotos.length) notes.push(t('upload.notPhotos', { names: notPhotos.map((f) => f.name).join('、') }));
  say(notes.join(' '), notes.length > 0);
  state.queue.project = $('upload-project').value || null;
  state.queue.add(ok);
}

function renderUnfinished(list) {
  const box = $('unfinished');
  box.hidden = list.length === 0;
  if (list.length === 0) return;
  box.replaceChildren(el('p', {}, t('upload.unfinished', { n: list.length })),
    el('ul', {}, list.map((u) => el('li', {}, `${u.fileName}（${bytes(u.offset)} / ${bytes(u.size)}）`))));
}

function renderRule() {
  const role = state.session.user.role;
  $('upload-rule').textContent = t(role === 'admin' ? 'upload.ruleAdmin' : 'upload.ruleOfficer');
  $('upload-limits').textContent = t('upload.limits', { size: bytes(state.config.uploads.maxFileBytes), files: state.config.uploads.maxFilesPerBatch, hours: state.config.uploads.expiryHours });
}

function refuse(text) {
  const box = $('upload-refused');
  box.textContent = text;
  box.hidden = false;
  $('upload-form').hidden = true;
}

async function start() {
  translate();
  renderLegend();
  $('lang').addEventListener('click', () => setLanguage(language() === 'zh' ? 'en' : 'zh'));
  onLanguageChange(() => {
    translate();
    renderLegend();
    if (state.session) {
      renderRule();
      for (const item of state.queue?.items || []) renderItem(item);
    }
  });
  try {
    state.session = await api.session();
    if (!state.session.authenticated) {
      window.location.href = '/login?ReturnUrl=%2Fupload';
      return;
    }
    const user = state.session.user;
    $('user').textContent = `${user.displayName || user.name} · ${t(`user.role.${user.role}`)}`;
    const [config, projects, geojson] = await Promise.all([api.get('/api/config'), api.get('/api/projects'), api.get('/api/projects.geojson')]);
    state.config = config;
    state.projects = projects;
    state.allowed = user.role === 'admin' ? projects.map((p) => p.code) : user.role === 'officer' ? user.projects : [];
    view.setParcels(geojson);
    view.fitVisible();
    if (user.role === 'leader') {
      refuse(t('upload.refusedLeader'));
    } else if (!config.capabilities.photoFiles) {
      refuse(t('upload.noFiles'));
    } else if (state.allowed.length === 0) {
      refuse(t('upload.noProjects'));
    }
    const select = $('upload-project');
    const options = projects.filter((p) => state.allowed.includes(p.code)).map((p) => el('option', { value: p.code }, `${p.code} ${language() === 'en' && p.nameEn ? p.nameEn : p.name}`));
    if (user.role === 'admin') options.unshift(el('option', { value: '' }, t('upload.autoProject')));
    select.replaceChildren(...options);
    renderRule();
    state.queue = new UploadQueue({ chunkBytes: config.uploads.chunkBytes, onChange: renderItem });
    if (!$('upload-form').hidden) renderUnfinished(await state.queue.loadUnfinished());
    window.__upload.ready = true;
  } catch (e) {
    say(t('app.error', { message: e.message }), true);
    return;
  }

  const zone = $('drop-zone');
  $('file-input').addEventListener('change', (e) => {
    addFiles(e.target.files);
    e.target.value = '';
  });
  zone.addEventListener('dragover', (e) => {
    e.preventDefault();
    zone.classList.add('over');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('over'));
  zone.addEventListener('drop', (e) => {
    e.preventDefault();
    zone.classList.remove('over');
    addFiles(e.dataTransfer.files);
  });
  $('resume-failed').addEventListener('click', () => state.queue.resumeFailed());
  $('fit-all').addEventListener('click', () => (state.footprints.size ? view.fitPhotos() : view.fitVisible()));
  window.addEventListener('beforeunload', (e) => {
    const c = state.queue.totals().count;
    if (c.waiting + c.hashing + c.sending + c.checking > 0) e.preventDefault();
  });
}

// A read-only hook for the end-to-end tests.
window.__upload = {
  ready: false,
  items: () => (state.queue ? state.queue.items.map((i) => ({ name: i.name, state: i.state, offset: i.offset, size: i.size, resumed: i.resumed, result: i.result, error: i.error, network: i.network })) : []),
  footprints: () => view.photoCount(),
  photoPixel: (sha) => view.photoPixel(sha),
  renderComplete: () => new Promise((resolve) => {
    view.map.once('rendercomplete', () => resolve(true));
    view.map.render();
  }),
};

start();
