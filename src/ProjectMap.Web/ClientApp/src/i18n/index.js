// The viewer's two languages. Chinese is the default; the choice is kept in localStorage and can be forced with ?lang=en.
import zh from './zh.js';
import en from './en.js';

export const dictionaries = { zh, en };
const STORAGE_KEY = 'projectmap.lang';
const listeners = [];

function initialLanguage() {
  const fromUrl = new URLSearchParams(window.location.search).get('lang');
  if (fromUrl === 'en' || fromUrl === 'zh') return fromUrl;
  const stored = window.localStorage.getItem(STORAGE_KEY);
  return stored === 'en' ? 'en' : 'zh';
}

let current = initialLanguage();

/** The current language: 'zh' or 'en'. */
export function language() {
  return current;
}

/** Switches language, remembers it, and tells every listener. */
export function setLanguage(lang) {
  current = lang === 'en' ? 'en' : 'zh';
  window.localStorage.setItem(STORAGE_KEY, current);
  document.documentElement.lang = current === 'zh' ? 'zh-CN' : 'en';
  for (const listener of listeners) listener(current);
}

/** Calls back after every language switch. */
export function onLanguageChange(listener) {
  listeners.push(listener);
}

/** The string for a key in the current language, with {name} placeholders filled from params. */
export function t(key, params = {}) {
  const text = dictionaries[current][key] ?? dictionaries.zh[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name) => (params[name] ?? `{${name}}`).toString());
}

/** Fills every element with data-i18n="key" (text) and data-i18n-placeholder="key" under root. */
export function translate(root = document) {
  for (const el of root.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
  for (const el of root.querySelectorAll('[data-i18n-placeholder]')) el.placeholder = t(el.dataset.i18nPlaceholder);
}

document.documentElement.lang = current === 'zh' ? 'zh-CN' : 'en';
