// The month slider under the map: the district's months with data (from /api/timeline), the selected month's end is
// what status, completion, stage, milestones, the investment chart and the photo footprints are shown as of. Months
// with drone photos carry a dot. The month also picks the drone imagery tiles and photo footprints shown.
import { el } from './dom.js';
import { t } from './i18n/index.js';
import { monthLabel, monthShort } from './format.js';

// The least distance between two month names under the slider, in CSS pixels.
const TICK_PX = 34;

/** Creates the bar in `box`; `onChange(month)` is called (debounced) when the user picks a month. */
export function createMonthBar(box, onChange) {
  let timeline = null;
  let index = 0;
  let timer = null;
  const slider = el('input', { type: 'range', id: 'month-slider', min: '0', max: '0', step: '1', value: '0' });
  const label = el('strong', { id: 'month-label' });
  const note = el('small', { class: 'month-note' });
  const ticks = el('div', { class: 'month-ticks', 'aria-hidden': 'true' });
  const prev = el('button', { type: 'button', class: 'month-step', id: 'month-prev' }, '‹');
  const next = el('button', { type: 'button', class: 'month-step', id: 'month-next' }, '›');

  const months = () => (timeline ? timeline.months : []);
  const current = () => months()[index];

  function emit(immediate) {
    clearTimeout(timer);
    if (immediate) onChange(current());
    else timer = setTimeout(() => onChange(current()), 180);
  }

  function go(i, immediate) {
    const clamped = Math.max(0, Math.min(months().length - 1, i));
    if (clamped === index) return;
    index = clamped;
    slider.value = String(index);
    render();
    emit(immediate);
  }

  slider.addEventListener('input', () => {
    index = Number(slider.value);
    render();
    emit(false);
  });
  prev.addEventListener('click', () => go(index - 1, true));
  next.addEventListener('click', () => go(index + 1, true));

  function render() {
    const list = months();
    const m = current();
    label.textContent = m ? monthLabel(m) : '';
    const photos = m && timeline.photoMonths[m] ? t('month.photos', { n: timeline.photoMonths[m] }) : t('month.noPhotos');
    note.textContent = m ? `${t('month.asOfEnd')} · ${photos}` : '';
    prev.disabled = index <= 0;
    next.disabled = index >= list.length - 1;
    prev.title = t('month.previous');
    next.title = t('month.next');
    slider.setAttribute('aria-label', t('month.slider'));
    slider.setAttribute('aria-valuetext', label.textContent);
    // Month names only where they fit: every `every`-th month (by calendar month, so the pattern stays put while
    // the slider moves) at least TICK_PX apart, never next to the first tick's year.
    const spacing = (ticks.clientWidth || 600) / Math.max(1, list.length - 1);
    const every = Math.max(1, Math.ceil(TICK_PX / spacing));
    ticks.replaceChildren(...list.map((month, i) => {
      const isYear = month.endsWith('-01') || i === 0;
      const named = every === 1 || (i >= every && (Number(month.slice(5)) - 1) % every === 0);
      const text = isYear ? month.slice(0, 4) : named && every <= 6 ? monthShort(month) : '';
      return el('span', {
        class: `month-tick${i === index ? ' current' : ''}${timeline.photoMonths[month] ? ' has-photos' : ''}${isYear ? ' year' : ''}`,
        style: `left:${list.length <= 1 ? 50 : (i * 100) / (list.length - 1)}%`,
        'data-month': month,
      }, text);
    }));
  }

  box.replaceChildren(prev, el('div', { class: 'month-track' }, slider, ticks), next, el('div', { class: 'month-text' }, label, note));
  // The bar narrows when the project panel opens: lay the month names out again.
  let lastWidth = 0;
  new ResizeObserver(() => {
    if (timeline && Math.abs(ticks.clientWidth - lastWidth) > 4) {
      lastWidth = ticks.clientWidth;
      render();
    }
  }).observe(ticks);

  return {
    /** Sets the months offered ({months, photoMonths, default}) and the selected month. */
    set(data, month) {
      timeline = data;
      slider.max = String(Math.max(0, data.months.length - 1));
      index = Math.max(0, data.months.indexOf(month));
      slider.value = String(index);
      render();
    },
    /** Selects a month without telling the listener (the caller already knows). */
    select(month) {
      const i = months().indexOf(month);
      if (i >= 0) {
        index = i;
        slider.value = String(i);
        render();
      }
    },
    render,
    month: current,
  };
}
