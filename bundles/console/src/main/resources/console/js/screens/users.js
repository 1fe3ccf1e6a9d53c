// Users of a branch: the group admin's view of any branch and the branch admin's own.
import { get, post, query, branch } from '../api.js';
import { t, code, dateTime } from '../i18n.js';
import { h, title, field, form, table } from '../ui.js';

const ROLES = ['BRANCH_ADMIN', 'AGENT', 'SHIFT_LEAD', 'SUPERVISOR', 'CLERK', 'METER_READER', 'CASHIER', 'CYLINDER_CLERK',
  'TECHNICIAN', 'DISPATCHER', 'STATION_OPERATOR', 'INSPECTOR'];

/** A user's row actions: disable/enable and a password reset, each one request. */
function actions(path, user, list) {
  const button = (label, send) => {
    const b = h('button', { type: 'button', class: 'link', dataset: { action: label } }, t(label));
    b.addEventListener('click', async () => {
      try {
        await send();
        list.reload();
      } catch (e) {
        b.after(h('span', { class: 'field-error' }, ' ' + e.message));
      }
    });
    return b;
  };
  const base = `${path}/${encodeURIComponent(user.username)}`;
  return [
    user.disabled ? button('users.enable', () => post(base + '/enable')) : button('users.disable', () => post(base + '/disable')),
    button('users.reset', () => {
      const password = prompt(t('users.newPassword'));
      return password ? post(base + '/password', { password }) : Promise.resolve();
    }),
  ];
}

export function userList(path) {
  let list;
  list = table('users', [
    { key: 'username', label: t('users.username') }, { key: 'displayName', label: t('users.displayName') },
    { key: 'roles', label: t('users.roles'), sort: false, render: u => u.roles.map(code).join('、') },
    { key: 'disabled', label: t('users.state'), render: u => (u.disabled ? t('users.disabled') : t('users.enabled')) },
    { key: 'createdAt', label: '', render: u => dateTime(u.createdAt) },
    { key: 'actions', label: t('common.actions'), sort: false, render: u => h('span', {}, actions(path, u, list)) },
  ], (page, size) => get(path + query({ page, size })));
  return list;
}

/** A new user; with fixed roles (the wizard's first admin) the role boxes are not offered. */
export function userForm(id, send, done, fixedRoles) {
  const roleBoxes = fixedRoles ? null : h('div', { class: 'field', dataset: { field: 'roles' } }, h('label', {}, t('users.roles')),
    h('div', { class: 'checks' }, ROLES.map(r => h('label', {}, h('input', { type: 'checkbox', name: 'role', value: r }), ' ', code(r)))),
    h('span', { class: 'field-error', dataset: { for: 'roles' } }));
  return form(id, [
    field('username', t('users.username'), { required: true }), field('displayName', t('users.displayName')),
    field('password', t('users.password'), { type: 'password', required: true, attrs: { autocomplete: 'new-password' } }), roleBoxes,
  ], t('common.save'), (v, el) => {
    const roles = fixedRoles || [...el.querySelectorAll('input[name=role]:checked')].map(i => i.value);
    return send({ username: v.username || '', displayName: v.displayName, password: v.password || '', roles });
  }, done);
}

export function users() {
  const path = branch('', '/users');
  const list = userList(path);
  return h('section', {}, title(t('nav.users')), list, h('h2', {}, t('users.new')),
    userForm('new-user', (v) => post(path, v), (user, el) => { el.reset(); list.reload(); }));
}
