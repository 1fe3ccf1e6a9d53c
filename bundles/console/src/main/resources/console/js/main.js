// The shell: sign-in, the menu the user's roles open, the language switch and a hash router (#/tickets/T1).
import { whenExpired } from './api.js';
import { current, expired, end } from './session.js';
import { t, lang, setLang, code } from './i18n.js';
import { h, notice } from './ui.js';
import { signIn } from './screens/signin.js';
import * as group from './screens/group.js';
import * as tickets from './screens/tickets.js';
import * as kpis from './screens/kpis.js';
import * as accounts from './screens/accounts.js';
import * as cashier from './screens/cashier.js';
import * as readings from './screens/readings.js';
import * as cylinders from './screens/cylinders.js';
import * as duties from './screens/duties.js';
import * as users from './screens/users.js';

const SUPERVISING = ['SUPERVISOR', 'SHIFT_LEAD', 'BRANCH_ADMIN'];
const TICKETS = ['AGENT', 'DISPATCHER', 'TECHNICIAN', ...SUPERVISING];

/** Menu entries in the order each role meets its own work first; roles: who sees it. */
const MENU = [
  { path: '/branches', label: 'nav.branches', roles: ['GROUP_ADMIN'] },
  { path: '/branches/new', label: 'nav.onboard', roles: ['GROUP_ADMIN'] },
  { path: '/modules', label: 'nav.matrix', roles: ['GROUP_ADMIN'] },
  { path: '/catalog', label: 'nav.catalog', roles: ['GROUP_ADMIN'] },
  { path: '/overdue', label: 'nav.overdue', roles: SUPERVISING },
  { path: '/tickets', label: 'nav.board', roles: TICKETS },
  { path: '/tickets/new', label: 'nav.intake', roles: ['AGENT', ...SUPERVISING] },
  { path: '/kpis', label: 'nav.kpis', roles: SUPERVISING },
  { path: '/roster', label: 'nav.roster', roles: SUPERVISING },
  { path: '/handover', label: 'nav.handover', roles: ['SHIFT_LEAD', 'AGENT', 'STATION_OPERATOR', 'DISPATCHER', 'CYLINDER_CLERK', 'TECHNICIAN'] },
  { path: '/accounts', label: 'nav.accounts', roles: ['CLERK', 'CASHIER', 'AGENT', 'BRANCH_ADMIN'] },
  { path: '/accounts/new', label: 'nav.openAccount', roles: ['CLERK', 'BRANCH_ADMIN'] },
  { path: '/cashier-day', label: 'day.title', roles: ['CASHIER'] },
  { path: '/readings', label: 'nav.readings', roles: ['METER_READER', 'CLERK', 'BRANCH_ADMIN'] },
  { path: '/cylinders', label: 'nav.cylinders', roles: ['CYLINDER_CLERK', 'BRANCH_ADMIN'] },
  { path: '/users', label: 'nav.users', roles: ['BRANCH_ADMIN'] },
];

/** Routes: pattern → screen(params). The first menu entry a user may see is the home page. */
const ROUTES = [
  ['/branches', group.branches], ['/branches/new', group.wizard], ['/branches/:code', group.branch],
  ['/modules', group.matrix], ['/catalog', group.catalog],
  ['/tickets', tickets.board], ['/tickets/new', tickets.intake], ['/tickets/:no', tickets.ticket], ['/overdue', tickets.overdue],
  ['/kpis', kpis.kpis], ['/roster', duties.roster], ['/handover', duties.handover],
  ['/accounts', accounts.search], ['/accounts/new', accounts.open], ['/accounts/:no', accounts.account],
  ['/pay/:no', cashier.pay], ['/receipts/:no', cashier.receipt], ['/cashier-day', cashier.day],
  ['/readings', readings.entry], ['/cylinders', cylinders.point], ['/users', users.users],
];

function match(path) {
  for (const [pattern, screen] of ROUTES) {
    const names = [];
    const re = new RegExp('^' + pattern.replace(/:(\w+)/g, (_, n) => { names.push(n); return '([^/]+)'; }) + '$');
    const m = re.exec(path);
    if (m) return { screen, params: Object.fromEntries(names.map((n, i) => [n, decodeURIComponent(m[i + 1])])) };
  }
  return null;
}

function menuFor(session) {
  return MENU.filter(m => m.roles.some(r => session.roles.includes(r)));
}

function shell(session, content, path) {
  const nav = h('nav', { id: 'menu' }, menuFor(session).map(m =>
    h('a', { href: '#' + m.path, class: path === m.path ? 'current' : null, dataset: { path: m.path } }, t(m.label))));
  const who = h('span', { id: 'who' }, session.tenant ? session.tenant + ' · ' : '', session.username, ' (',
    session.roles.map(code).join('、'), ')');
  const header = h('header', {},
    h('a', { href: '#/', class: 'brand' }, t('app.name')), who,
    h('button', { type: 'button', class: 'link', id: 'lang', onclick: switchLang }, t('lang.switch')),
    h('button', { type: 'button', class: 'link', id: 'signout', onclick: () => { end(); location.hash = '#/signin'; } }, t('signout')));
  return [header, h('div', { class: 'layout' }, nav, h('main', { id: 'content' }, content))];
}

/** Switches language without losing what the user has typed: the screen is drawn again and the fields refilled. */
async function switchLang() {
  const kept = [...document.querySelectorAll('#content [id^="f-"]')].map(el => [el.id, el.type === 'checkbox' ? el.checked : el.value]);
  setLang(lang() === 'en' ? 'zh' : 'en');
  await route();
  for (const [id, value] of kept) {
    const el = document.getElementById(id);
    if (el && el.type === 'checkbox') el.checked = value;
    else if (el) el.value = value;
  }
}

let shown = 0;

async function route() {
  const app = document.getElementById('app');
  const path = location.hash.replace(/^#/, '') || '/';
  const session = current();
  const ticket = ++shown;
  if (!session || path === '/signin') {
    const message = expired() ? notice('error', t('signin.expired'), { id: 'expired' }) : null;
    app.replaceChildren(signIn(message, () => { location.hash = '#/'; route(); }));
    return;
  }
  if (path === '/') {
    const home = menuFor(session)[0];
    location.replace('#' + (home ? home.path : '/signin'));
    return;
  }
  const found = match(path);
  const placeholder = h('p', { class: 'loading' }, t('common.loading'));
  app.replaceChildren(...shell(session, placeholder, path));
  let content;
  try {
    content = found ? await found.screen(found.params) : notice('error', '404');
  } catch (e) {
    content = notice('error', e.message || String(e));
  }
  // a later navigation wins over a slow screen
  if (ticket === shown) placeholder.replaceWith(content);
}

whenExpired(() => { location.hash = '#/signin'; route(); });
window.addEventListener('hashchange', route);
setLang(lang());
route();
