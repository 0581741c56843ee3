// Drone photos in the viewer: the project panel's photo timeline (months with photos; the selected month's photos as
// thumbnails) and the photo window, which shows a 1600-pixel preview, the photo's facts and a link to the original
// (served byte for byte from the server's content-addressed store).
import { el } from './dom.js';
import { t } from './i18n/index.js';
import { monthLabel, instantLabel, number, bytes } from './format.js';
import { explain } from './reasons.js';

const shortFile = (name) => name.split(/[\\/]/).pop();

/** The photo timeline section: `photos` are the project's photos (all months, /api/photos items), `month` the selected month. */
export function photoSection(photos, month, { onMonth, onOpen }) {
  const heading = el('h3', {}, t('photos.heading'));
  if (photos.length === 0) {
    return el('section', { class: 'panel-section', 'data-section': 'photos' }, heading, el('p', { class: 'empty' }, t('photos.none')));
  }
  const byMonth = new Map();
  for (const p of photos) {
    const key = p.month || '';
    if (!byMonth.has(key)) byMonth.set(key, []);
    byMonth.get(key).push(p);
  }
  const months = [...byMonth.keys()].filter(Boolean).sort();
  const chips = el('div', { class: 'photo-months', 'data-role': 'photo-months' }, months.map((m) => el('button', {
    type: 'button',
    class: `chip${m === month ? ' current' : ''}`,
    'data-month': m,
    onclick: () => onMonth(m),
  }, `${monthLabel(m)} · ${byMonth.get(m).length}`)));
  const current = byMonth.get(month) || [];
  let body;
  if (current.length === 0) {
    const earlier = months.filter((m) => m < month).pop();
    body = el('p', { class: 'empty' }, earlier ? t('photos.noneThisMonthEarlier', { month: monthLabel(earlier) }) : t('photos.noneThisMonth'));
  } else {
    body = el('div', { class: 'thumbs', 'data-role': 'photo-thumbs' }, current.map((p, i) => el('button', {
      type: 'button', class: 'thumb', 'data-sha': p.sha256, title: shortFile(p.fileName), onclick: () => onOpen(current, i),
    },
    el('img', { src: `/api/photos/${p.sha256}/preview?size=320`, alt: shortFile(p.fileName), loading: 'lazy' }),
    el('span', {}, instantLabel(p.capturedAt) || shortFile(p.fileName)))));
  }
  return el('section', { class: 'panel-section', 'data-section': 'photos' }, heading,
    el('p', { class: 'note' }, t('photos.timelineNote')), chips, body);
}

/** The photo window (one per page). `open(list, index)` shows list[index] (photo items with camelCase properties). */
export function createPhotoViewer({ onShow = () => {}, onClose = () => {} } = {}) {
  let list = [];
  let index = 0;
  const image = el('img', { class: 'viewer-image', alt: '' });
  const status = el('p', { class: 'viewer-status' });
  const facts = el('dl', { class: 'facts viewer-facts' });
  const title = el('h2', { 'data-role': 'photo-title' });
  const original = el('a', { class: 'button-link', target: '_blank', rel: 'noopener', 'data-role': 'photo-original' });
  const prev = el('button', { type: 'button', 'data-role': 'photo-prev' });
  const next = el('button', { type: 'button', 'data-role': 'photo-next' });
  const close = el('button', { type: 'button', class: 'close', 'data-role': 'photo-close' }, '×');
  const box = el('div', { id: 'photo-viewer', class: 'photo-viewer', hidden: true, role: 'dialog', 'aria-modal': 'true' },
    el('div', { class: 'viewer-card' },
      el('header', { class: 'viewer-head' }, title, el('div', { class: 'spacer' }), prev, next, original, close),
      el('div', { class: 'viewer-body' }, el('div', { class: 'viewer-frame' }, image, status), el('aside', {}, facts))));
  document.body.append(box);

  function hide() {
    box.hidden = true;
    image.removeAttribute('src');
    onClose();
  }

  function show() {
    const p = list[index];
    if (!p) return;
    box.hidden = false;
    box.dataset.sha = p.sha256;
    title.textContent = shortFile(p.fileName);
    status.textContent = t('photos.loading');
    image.onload = () => { status.textContent = ''; };
    image.onerror = () => { status.textContent = t('photos.previewFailed'); };
    image.src = `/api/photos/${p.sha256}/preview?size=1600`;
    image.alt = shortFile(p.fileName);
    original.href = `/api/photos/${p.sha256}/original`;
    original.textContent = t('photos.original');
    prev.textContent = t('photos.previous');
    next.textContent = t('photos.next');
    prev.disabled = index <= 0;
    next.disabled = index >= list.length - 1;
    close.title = t('panel.close');
    const row = (k, v) => (v === null || v === undefined || v === '' ? null : [el('dt', {}, t(k)), el('dd', {}, v)]);
    facts.replaceChildren(...[
      row('photos.captured', p.capturedAt ? `${instantLabel(p.capturedAt)}（${t('photos.districtTime')}）` : t('photos.unknownTime')),
      row('photos.project', p.projectCode),
      row('photos.month', p.month ? monthLabel(p.month) : null),
      row('photos.camera', [p.make, p.model].filter(Boolean).join(' ')),
      row('photos.height', `${number(p.heightAboveGroundM, 1)} m`),
      row('photos.attitude', t('photos.attitudeValue', { yaw: number(p.yawDeg, 1), pitch: number(p.pitchDeg, 1) })),
      row('photos.gsd', `${number(p.gsdCm, 1)} cm`),
      row('photos.accuracy', `± ${number(p.accuracyM, 1)} m`),
      row('photos.size', `${p.widthPx} × ${p.heightPx} px, ${bytes(p.sizeBytes)}`),
      row('photos.sha', el('code', {}, p.sha256.slice(0, 16) + '…')),
      p.warnings && p.warnings.length > 0 ? row('photos.warnings', el('ul', { class: 'warnings' }, p.warnings.map((w) => el('li', {}, explain(w))))) : null,
    ].filter(Boolean).flat());
    onShow(p);
  }

  prev.addEventListener('click', () => { index -= 1; show(); });
  next.addEventListener('click', () => { index += 1; show(); });
  close.addEventListener('click', hide);
  box.addEventListener('click', (e) => { if (e.target === box) hide(); });
  document.addEventListener('keydown', (e) => {
    if (box.hidden) return;
    if (e.key === 'Escape') hide();
    else if (e.key === 'ArrowLeft' && index > 0) { index -= 1; show(); }
    else if (e.key === 'ArrowRight' && index < list.length - 1) { index += 1; show(); }
  });

  return {
    open(items, at) {
      list = items;
      index = at;
      show();
    },
    close: hide,
    refresh() {
      if (!box.hidden) show();
    },
    isOpen: () => !box.hidden,
  };
}
