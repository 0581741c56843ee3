// The project panel's milestone strip: the chain as it stood at the selected month's end, each step red/amber/green by
// the same rules as the month's status (from /api/projects/{code}/milestones), with dates and overdue days in words,
// the schedule progress, the change log, and for the project's officers and admins a form that records a date through
// the ledger (with a reason).
import { el } from './dom.js';
import { t, language } from './i18n/index.js';
import { dateLabel, instantLabel, pct, todayInDistrict } from './format.js';
import * as api from './api.js';

// Signal → [css class, glyph]; colours match the status theme (Okabe–Ito), glyphs keep them apart without colour.
const SIGNALS = {
  reached: ['reached', '✓'],
  upcoming: ['upcoming', ''],
  'not-planned': ['not-planned', ''],
  'forecast-late': ['warning', '!'],
  'overdue-warning': ['warning', '!'],
  'overdue-delayed': ['delayed', '✕'],
  'not-applicable': ['not-applicable', '–'],
};

const name = (m) => (language() === 'en' ? m.en : m.zh);

function detail(m) {
  switch (m.signal) {
    case 'reached':
      return m.lateDays > 0
        ? t('milestone.reachedLate', { date: dateLabel(m.actual), days: m.lateDays })
        : t('milestone.reached', { date: dateLabel(m.actual) });
    case 'overdue-warning':
    case 'overdue-delayed':
      return t('milestone.overdue', { date: dateLabel(m.planned), days: m.overdueDays })
        + (m.forecast ? t('milestone.forecastSuffix', { date: dateLabel(m.forecast) }) : '');
    case 'forecast-late':
      return t('milestone.forecastLate', { date: dateLabel(m.forecast), planned: dateLabel(m.planned) });
    case 'upcoming':
      return t('milestone.planned', { date: dateLabel(m.planned) }) + (m.forecast ? t('milestone.forecastSuffix', { date: dateLabel(m.forecast) }) : '');
    case 'not-applicable':
      return t('milestone.notApplicable');
    default:
      return t('milestone.notPlanned');
  }
}

function chain(milestones) {
  return el('ol', { class: 'milestone-chain', 'data-role': 'milestone-chain' }, milestones.map((m, i) => {
    const [cls, glyph] = SIGNALS[m.signal] || SIGNALS['not-planned'];
    return el('li', { class: `node ${cls}`, 'data-step': m.key, 'data-signal': m.signal, title: `${i + 1}. ${name(m)}：${detail(m)}` },
      el('span', { class: 'dot' }, glyph || String(i + 1)),
      el('span', { class: 'node-name' }, name(m)));
  }));
}

function rows(milestones) {
  return el('ul', { class: 'milestone-rows' }, milestones.map((m) => {
    const [cls, glyph] = SIGNALS[m.signal] || SIGNALS['not-planned'];
    return el('li', { class: `milestone-row ${cls}`, 'data-step': m.key },
      el('span', { class: 'badge' }, glyph),
      el('span', { class: 'row-name' }, name(m)),
      el('span', { class: 'row-detail' }, detail(m)));
  }));
}

function history(view) {
  if (view.history.length === 0) return null;
  const field = (f) => t(`milestone.field.${f}`);
  return el('details', { class: 'milestone-history' },
    el('summary', {}, t('milestone.history', { n: view.history.length })),
    el('ul', {}, view.history.map((h) => el('li', {},
      el('span', { class: 'when' }, instantLabel(h.recordedAt)), ' ',
      el('strong', {}, language() === 'en' ? h.en : h.zh), ' ',
      `${field(h.field)}：${h.oldValue ?? '—'} → ${h.newValue ?? '—'}`,
      h.reason ? el('span', { class: 'why' }, `（${h.reason}）`) : null,
      el('span', { class: 'who' }, ` · ${h.by}`)))));
}

function editor(view, onSaved) {
  const applicable = view.milestones.filter((m) => m.applicable);
  const firstOpen = applicable.find((m) => m.signal !== 'reached') || applicable[0];
  const step = el('select', { 'data-role': 'milestone-step' },
    applicable.map((m) => el('option', { value: m.key, selected: m === firstOpen }, name(m))));
  const what = el('select', { 'data-role': 'milestone-field' },
    ['actual', 'forecast', 'planned'].map((f) => el('option', { value: f }, t(`milestone.field.${f}`))));
  const today = todayInDistrict();
  const date = el('input', { type: 'date', 'data-role': 'milestone-date', required: true, max: today });
  what.addEventListener('change', () => {
    if (what.value === 'actual') date.max = today;
    else date.removeAttribute('max');
  });
  const reason = el('input', { type: 'text', 'data-role': 'milestone-reason', maxlength: '200', required: true, placeholder: t('milestone.reasonHint') });
  const message = el('p', { class: 'note', 'data-role': 'milestone-message', 'aria-live': 'polite' });
  const form = el('form', { class: 'milestone-form', 'data-role': 'milestone-form' },
    el('label', { class: 'field' }, el('span', {}, t('milestone.step')), step),
    el('div', { class: 'row' },
      el('label', { class: 'field' }, el('span', {}, t('milestone.which')), what),
      el('label', { class: 'field' }, el('span', {}, t('milestone.date')), date)),
    el('label', { class: 'field' }, el('span', {}, t('milestone.reason')), reason),
    el('button', { type: 'submit', class: 'primary', 'data-role': 'milestone-save' }, t('milestone.save')),
    message);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    message.classList.remove('error');
    try {
      const body = { reason: reason.value };
      body[what.value] = date.value;
      const answer = await api.send('PUT', `/api/projects/${encodeURIComponent(view.code)}/milestones/${encodeURIComponent(step.value)}`, body);
      message.textContent = answer.changed > 0 ? t('milestone.saved') : t('milestone.unchanged');
      await onSaved();
    } catch (e) {
      message.classList.add('error');
      message.textContent = t('panel.saveFailed', { message: e.message });
    }
  });
  return el('details', { class: 'milestone-editor', open: true },
    el('summary', {}, t('milestone.record')),
    el('p', { class: 'note' }, t('milestone.recordNote')),
    form);
}

/** The section for a milestone view; `onSaved` reloads after an officer's change. */
export function milestoneSection(view, onSaved) {
  const body = view.milestones.length === 0
    ? [el('p', { class: 'empty' }, t('milestone.none'))]
    : [
      chain(view.milestones),
      el('div', { class: 'progress-line' },
        el('span', {}, t('milestone.schedule')),
        el('span', { class: 'bar' }, el('span', { class: 'fill', style: `width:${Math.min(100, view.scheduleProgressPct)}%` })),
        el('strong', { 'data-role': 'schedule-pct' }, pct(view.scheduleProgressPct))),
      rows(view.milestones),
      history(view),
    ];
  return el('section', { class: 'panel-section', 'data-section': 'milestones' },
    el('h3', {}, t('milestone.heading'), el('small', {}, t('milestone.asOf', { date: dateLabel(view.evaluatedOn) }))),
    ...body,
    view.canEdit ? editor(view, onSaved) : null);
}
