// User administration for admins: list, add, change role and projects, reset passwords, disable; the audit log.
import './style.css';
import { t, translate, language, setLanguage, onLanguageChange } from './i18n/index.js';
import * as api from './api.js';
import { $, el } from './dom.js';

const ROLES = ['leader', 'officer', 'admin'];
let projects = [];
let users = [];
let audit = [];

function fail(e) {
  const box = $('admin-error');
  box.textContent = t('admin.failed', { message: e.message });
  box.hidden = false;
}

function roleSelect(current) {
  return el('select', {}, ROLES.map((r) => el('option', { value: r, selected: r === current }, t(`user.role.${r}`))));
}

function projectSelect(selected) {
  return el('select', { multiple: true, size: '3' }, projects.map((p) => el('option', { value: p.code, selected: selected.includes(p.code) }, `${p.code} ${p.name}`)));
}

const chosen = (select) => [...select.selectedOptions].map((o) => o.value);

function renderUsers() {
  $('users').replaceChildren(...users.map((u) => {
    const role = roleSelect(u.role);
    const projectBox = projectSelect(u.projects);
    const display = el('input', { value: u.displayName || '' });
    return el('tr', { 'data-user': u.name },
      el('td', {}, u.name), el('td', {}, display), el('td', {}, role), el('td', {}, projectBox),
      el('td', {}, u.disabled ? t('admin.disabled') : t('admin.active')),
      el('td', { class: 'actions' },
        el('button', { type: 'button', onclick: () => change(u.name, { role: role.value, projects: chosen(projectBox), displayName: display.value }) }, t('admin.save')),
        el('button', { type: 'button', onclick: () => change(u.name, { role: role.value, projects: chosen(projectBox), disabled: !u.disabled }) }, u.disabled ? t('admin.enable') : t('admin.disable')),
        el('button', { type: 'button', onclick: () => resetPassword(u.name) }, t('admin.resetPassword'))));
  }));
}

function renderAudit() {
  const time = new Intl.DateTimeFormat(language() === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'short', timeStyle: 'medium', timeZone: 'Asia/Shanghai' });
  $('audit').replaceChildren(...audit.map((a) => el('tr', { class: `outcome-${a.outcome}` },
    el('td', {}, time.format(new Date(a.at))), el('td', {}, a.user || '-'), el('td', {}, a.action), el('td', {}, a.target),
    el('td', {}, t(`admin.outcome.${a.outcome}`)), el('td', { class: 'detail' }, a.detail), el('td', {}, a.source))));
}

function render() {
  translate();
  document.title = `${t('admin.heading')} - ${t('app.title')}`;
  $('new-role').replaceChildren(...ROLES.map((r) => el('option', { value: r }, t(`user.role.${r}`))));
  $('new-projects').replaceChildren(...projects.map((p) => el('option', { value: p.code }, `${p.code} ${p.name}`)));
  renderUsers();
  renderAudit();
}

async function load() {
  [users, projects, audit] = await Promise.all([api.get('/api/users'), api.get('/api/projects'), api.get('/api/audit?limit=50')]);
  render();
}

async function change(name, body) {
  try {
    await api.send('PUT', `/api/users/${encodeURIComponent(name)}`, body);
    await load();
  } catch (e) {
    fail(e);
  }
}

async function resetPassword(name) {
  const password = window.prompt(t('admin.newPassword'));
  if (!password) return;
  try {
    await api.send('PUT', `/api/users/${encodeURIComponent(name)}/password`, { password });
    await load();
  } catch (e) {
    fail(e);
  }
}

$('add-user').addEventListener('submit', async (event) => {
  event.preventDefault();
  try {
    await api.send('POST', '/api/users', {
      name: $('new-name').value, displayName: $('new-display').value, role: $('new-role').value,
      projects: chosen($('new-projects')), password: $('new-password').value,
    });
    event.target.reset();
    await load();
  } catch (e) {
    fail(e);
  }
});

$('audit-more').addEventListener('click', async () => {
  if (audit.length === 0) return;
  try {
    audit = audit.concat(await api.get(`/api/audit?limit=50&before=${audit[audit.length - 1].id}`));
    renderAudit();
  } catch (e) {
    fail(e);
  }
});

$('lang').addEventListener('click', () => setLanguage(language() === 'zh' ? 'en' : 'zh'));
onLanguageChange(render);
api.session().then(load).catch(fail);
