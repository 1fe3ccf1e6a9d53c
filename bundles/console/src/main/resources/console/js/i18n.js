// zh-CN by default; English on request. Keys are short English phrases so a missing entry still reads.
import { zh, en } from './messages.js';
import { zone } from './clock.js';

const KEY = 'gasline.lang';

export function lang() {
  return localStorage.getItem(KEY) === 'en' ? 'en' : 'zh';
}

export function setLang(l) {
  localStorage.setItem(KEY, l);
  document.documentElement.lang = l === 'en' ? 'en' : 'zh-CN';
}

/** t('key', {n: 3}) → the message with {n} replaced. */
export function t(key, values = {}) {
  const table = lang() === 'en' ? en : zh;
  const text = table[key] ?? en[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, k) => values[k] ?? '');
}

/** The label of an API code (ticket type, status, role…): t('code.REPAIR'). */
export function code(value) {
  if (value === null || value === undefined) return '';
  const label = t('code.' + value);
  return label === 'code.' + value ? value : label;
}

/** Integer fen as yuan, the way a cashier reads it: ¥1,234.50. */
export function money(fen) {
  if (fen === null || fen === undefined) return '';
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return sign + '¥' + Math.floor(abs / 100).toLocaleString('en') + '.' + String(abs % 100).padStart(2, '0');
}

/** Yuan typed by a person ("12.5") as integer fen, or NaN when it is not an amount. */
export function toFen(text) {
  const m = /^\s*(\d+)(?:\.(\d{1,2}))?\s*$/.exec(text || '');
  return m ? Number(m[1]) * 100 + Number((m[2] || '0').padEnd(2, '0')) : NaN;
}

/** A message the API sent in both languages ({zh, en}) or already in the caller's: the caller's. */
export function localized(message) {
  if (!message || typeof message === 'string') return message || '';
  return (lang() === 'en' ? message.en : message.zh) || message.zh || message.en || '';
}

export function dateTime(iso) {
  if (!iso) return '';
  return new Date(iso).toLocaleString(lang() === 'en' ? 'en-GB' : 'zh-CN', { hour12: false, timeZone: zone() });
}
