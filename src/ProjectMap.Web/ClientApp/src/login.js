// The login page: posts name and password with the antiforgery token, then returns to the page asked for.
import './style.css';
import { t, translate, language, setLanguage, onLanguageChange } from './i18n/index.js';
import * as api from './api.js';
import { $ } from './dom.js';

function returnUrl() {
  const url = new URLSearchParams(window.location.search).get('ReturnUrl') || '/';
  // Only paths on this server: never "//host" or "http://…".
  return url.startsWith('/') && !url.startsWith('//') && !url.startsWith('/\\') ? url : '/';
}

function render() {
  translate();
  document.title = `${t('login.heading')} - ${t('app.title')}`;
}

$('lang').addEventListener('click', () => setLanguage(language() === 'zh' ? 'en' : 'zh'));
onLanguageChange(render);
render();
api.session().catch(() => {});

$('login-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const error = $('login-error');
  error.hidden = true;
  $('submit').disabled = true;
  try {
    await api.send('POST', '/account/login', { name: $('name').value, password: $('password').value });
    window.location.href = returnUrl();
  } catch (e) {
    error.textContent = e.status === 401 ? t('login.failed') : e.message;
    error.hidden = false;
    $('submit').disabled = false;
  }
});
