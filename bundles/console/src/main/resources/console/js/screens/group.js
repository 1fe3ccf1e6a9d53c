// The group admin's screens: branches, the onboarding wizard, the module matrix and catalog.
import { get, post, put, del, query } from '../api.js';
import { t, code, dateTime } from '../i18n.js';
import { h, title, field, form, table, notice, failure } from '../ui.js';
import { userList, userForm } from './users.js';

export function branches() {
  return h('section', {}, title(t('nav.branches')),
    h('p', {}, h('a', { href: '#/branches/new', class: 'button primary' }, t('nav.onboard'))),
    table('branches', [
      { key: 'code', label: t('branch.code'), render: b => h('a', { href: '#/branches/' + b.code }, b.code) },
      { key: 'name', label: t('branch.name') }, { key: 'region', label: t('branch.region') },
      { key: 'status', label: t('branch.status'), render: b => code(b.status) },
      { key: 'modules', label: t('branch.modules'), sort: false, render: b => b.modules.join(', ') },
      { key: 'createdAt', label: '', render: b => dateTime(b.createdAt) },
    ], (page, size) => get('/admin/tenants' + query({ page, size }))));
}

/** Modules to enable, in an order where each comes after what it requires. */
function ordered(chosen, catalog) {
  const byId = Object.fromEntries(catalog.map(m => [m.id, m]));
  const out = [];
  const visit = (id) => {
    if (out.includes(id) || !byId[id]) return;
    byId[id].requires.forEach(visit);
    out.push(id);
  };
  chosen.forEach(visit);
  return out;
}

/** Three steps, one request each: the branch, its modules (with what they require), its first admin. */
export async function wizard() {
  const catalog = await get('/admin/modules');
  const section = h('section', { id: 'wizard' }, title(t('nav.onboard')));
  const steps = h('ol', { class: 'steps' }, ['wizard.step1', 'wizard.step2', 'wizard.step3'].map(s => h('li', {}, t(s))));
  section.append(steps);
  const mark = (n) => [...steps.children].forEach((li, i) => li.classList.toggle('current', i === n));
  const boxes = catalog.map(m => h('label', { class: 'module-choice' },
    h('input', { type: 'checkbox', name: 'module', value: m.id, dataset: { requires: m.requires.join(',') } }),
    ' ', m.name, m.requires.length ? h('small', {}, ' ' + t('wizard.requires', { list: m.requires.join(', ') })) : null));
  // ticking a module ticks what it requires, so the 422 "requires accounts" never happens by accident
  for (const box of boxes) {
    box.querySelector('input').addEventListener('change', (e) => {
      if (!e.target.checked) return;
      for (const need of e.target.dataset.requires.split(',').filter(Boolean)) {
        const other = section.querySelector(`input[name=module][value="${need}"]`);
        if (other) other.checked = true;
      }
    });
  }
  let branch = null;
  const step1 = form('wizard-branch', [
    field('code', t('branch.code'), { required: true, hint: 'a-z 0-9 -' }), field('name', t('branch.name'), { required: true }),
    field('region', t('branch.region')),
  ], t('common.next'), (v) => post('/admin/tenants', v), (tenant) => {
    branch = tenant;
    step1.replaceWith(step2);
    mark(1);
  });
  const step2 = form('wizard-modules', [h('div', { class: 'field', dataset: { field: 'modules' } }, boxes,
    h('span', { class: 'field-error', dataset: { for: 'moduleId' } }))], t('common.next'), async (v, el) => {
    const chosen = [...el.querySelectorAll('input[name=module]:checked')].map(i => i.value);
    for (const id of ordered(chosen, catalog)) {
      await put(`/admin/tenants/${branch.code}/modules/${id}`);
    }
  }, () => {
    step2.replaceWith(step3);
    mark(2);
  });
  const step3 = userForm('wizard-admin', (v) => post(`/admin/tenants/${branch.code}/users`, v), () => {
    step3.replaceWith(h('div', { id: 'wizard-done' }, notice('ok', t('wizard.done', { code: branch.code })),
      h('a', { href: '#/branches/' + branch.code, class: 'button' }, t('wizard.openBranch'))));
    steps.remove();
  }, ['BRANCH_ADMIN']);
  section.append(step1);
  mark(0);
  return section;
}

export async function branch({ code: branchCode }) {
  const tenant = await get('/admin/tenants/' + encodeURIComponent(branchCode));
  const path = `/admin/tenants/${tenant.code}/users`;
  const list = userList(path);
  return h('section', {}, title(`${tenant.name} (${tenant.code})`),
    h('p', {}, t('branch.region'), ': ', tenant.region || '—', ' · ', t('branch.status'), ': ', code(tenant.status), ' · ',
      t('branch.modules'), ': ', tenant.modules.join(', ') || '—'),
    h('h2', {}, t('users.title', { branch: tenant.code })), list, h('h2', {}, t('users.new')),
    userForm('new-user', (v) => post(path, v), (user, el) => { el.reset(); list.reload(); }));
}

/** Branch × module; a click enables or disables, and the API's refusal (422: requires …) is shown in the cell's row. */
export async function matrix() {
  const [catalog, tenants] = await Promise.all([get('/admin/modules'), get('/admin/tenants' + query({ size: 500 }))]);
  const message = h('p', { class: 'notice error', role: 'alert', hidden: true, id: 'matrix-problem' });
  const rows = tenants.items.map(tenant => h('tr', { dataset: { branch: tenant.code } }, h('th', { scope: 'row', title: tenant.name }, tenant.code),
    catalog.map(m => {
      const on = tenant.modules.includes(m.id);
      const button = h('button', { type: 'button', class: on ? 'toggle on' : 'toggle', dataset: { module: m.id } }, on ? '✓' : '—');
      button.title = on ? t('matrix.disable') : t('matrix.enable');
      button.addEventListener('click', async () => {
        message.hidden = true;
        try {
          const path = `/admin/tenants/${tenant.code}/modules/${m.id}`;
          if (button.classList.contains('on')) await del(path); else await put(path);
          button.classList.toggle('on');
          button.textContent = button.classList.contains('on') ? '✓' : '—';
        } catch (e) {
          message.textContent = `${tenant.code} / ${m.id}: ${e.message}`;
          message.hidden = false;
        }
      });
      return h('td', {}, button);
    })));
  return h('section', {}, title(t('matrix.title')), message,
    h('table', { id: 'matrix', class: 'matrix' }, h('thead', {}, h('tr', {}, h('th', {}), catalog.map(m => h('th', { scope: 'col', title: m.name }, m.name.split(' ')[0])))),
      h('tbody', {}, rows)));
}

export function catalog() {
  const body = h('tbody');
  const problem = h('div');
  const draw = async () => {
    if (!body.isConnected && body.dataset.drawn) return;
    try {
      const modules = await get('/admin/modules');
      body.replaceChildren(...modules.map(m => h('tr', { dataset: { module: m.id } }, h('td', {}, m.id), h('td', {}, m.name), h('td', {}, m.version),
        h('td', {}, m.requires.join(', ')), h('td', { class: m.active ? 'up' : 'down' }, m.active ? t('catalog.up') : t('catalog.down'),
          m.problem ? ' — ' + m.problem : ''))));
      problem.replaceChildren();
    } catch (e) {
      problem.replaceChildren(failure(e));
    }
    body.dataset.drawn = '1';
    setTimeout(draw, 10000);
  };
  draw();
  return h('section', {}, title(t('nav.catalog')), h('p', { class: 'hint' }, t('catalog.hint')), problem,
    h('table', { id: 'catalog' }, h('thead', {}, h('tr', {}, ['catalog.id', 'catalog.name', 'catalog.version', 'catalog.requires', 'catalog.active']
      .map(k => h('th', { scope: 'col' }, t(k))))), body));
}
