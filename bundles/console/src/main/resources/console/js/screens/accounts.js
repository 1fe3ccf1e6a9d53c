// The clerk's archive: find an account, see its history and bills, open, transfer, rename, close.
import { get, post, branch, query } from '../api.js';
import { t, code, dateTime, toFen } from '../i18n.js';
import { h, title, field, form, table, notice, choices } from '../ui.js';
import { bills } from './cashier.js';

const CATEGORIES = ['RESIDENTIAL', 'COMMERCIAL', 'INDUSTRIAL'];

export function search() {
  const columns = [
    { key: 'accountNo', label: t('account.no'), render: a => h('a', { href: '#/accounts/' + a.accountNo }, a.accountNo) },
    { key: 'holderName', label: t('account.holder') }, { key: 'phone', label: t('account.phone') },
    { key: 'address', label: t('account.address') }, { key: 'state', label: t('account.state'), render: a => code(a.state) },
    { key: 'pay', label: '', sort: false, render: a => h('a', { href: '#/pay/' + a.accountNo }, t('nav.cashier')) },
  ];
  let criteria = {};
  let results = table('accounts', columns, (page, size) => get(branch('accounts', '/accounts' + query({ ...criteria, page, size }))));
  const f = form('account-search', h('div', { class: 'row' }, field('accountNo', t('account.q.accountNo')), field('name', t('account.q.name')),
    field('phone', t('account.q.phone'), { attrs: { inputmode: 'numeric' } }), field('address', t('account.q.address'))),
  t('common.search'), async (v) => { criteria = v; }, () => {
    const fresh = table('accounts', columns, (page, size) => get(branch('accounts', '/accounts' + query({ ...criteria, page, size }))));
    results.replaceWith(fresh);
    results = fresh;
  });
  return h('section', {}, title(t('account.search')), f, results);
}

/** A life-cycle step of the account as a small form; the account's version guards against a stale page. */
function change(account, name, label, fields, body, reload) {
  return h('details', { class: 'change' }, h('summary', {}, label),
    form('account-' + name, fields, label, (v) => post(branch('accounts', `/accounts/${account.accountNo}/${name}`), { ...body(v), version: account.version }),
      reload));
}

export async function account({ no }) {
  const section = h('section', { id: 'account' });
  const draw = async () => {
    const a = await get(branch('accounts', '/accounts/' + encodeURIComponent(no)));
    const facts = [['account.holder', a.holderName], ['account.phone', a.phone], ['account.address', a.address],
      ['account.category', code(a.category)], ['account.state', code(a.state)]];
    const history = table('history', [
      { key: 'at', label: t('account.at'), render: e => dateTime(e.at) }, { key: 'action', label: t('common.actions'), render: e => code(e.action) },
      { key: 'actor', label: t('account.actor') },
      { key: 'field', label: t('account.change'), render: e => (e.field ? `${e.field}: ${e.oldValue ?? ''} → ${e.newValue ?? ''}` : '') },
      { key: 'reason', label: t('common.reason') },
    ], (page, size) => get(branch('accounts', `/accounts/${a.accountNo}/history` + query({ page, size }))));
    const open = a.state !== 'CLOSED';
    const fen = (v) => (v ? toFen(v) : undefined);
    // the life cycle's next step: 签约 (contract and fees) → 安装 → 通气; a running account can be suspended and resumed
    const next = {
      APPLIED: () => change(a, 'contract', t('account.contract'), [h('div', { class: 'row' }, field('contractNo', t('account.contractNo'), { required: true }),
        field('openingFeeFen', t('account.openingFee')), field('prepaymentFen', t('account.prepayment')))],
      (v) => ({ contractNo: v.contractNo, openingFeeFen: fen(v.openingFeeFen), prepaymentFen: fen(v.prepaymentFen) }), draw),
      CONTRACTED: () => change(a, 'install', t('code.INSTALL'), [field('reason', t('common.reason'))], (v) => ({ reason: v.reason }), draw),
      INSTALLED: () => change(a, 'activate', t('code.ACTIVATE'), [field('reason', t('common.reason'))], (v) => ({ reason: v.reason }), draw),
      ACTIVE: () => change(a, 'suspend', t('code.SUSPEND'), [field('reason', t('common.reason'), { required: true })], (v) => ({ reason: v.reason }), draw),
      SUSPENDED: () => change(a, 'activate', t('code.ACTIVATE'), [field('reason', t('common.reason'))], (v) => ({ reason: v.reason }), draw),
    }[a.state];
    const billed = ['ACTIVE', 'SUSPENDED', 'CLOSED'].includes(a.state);
    section.replaceChildren(title(`${a.accountNo} ${a.holderName}`),
      h('dl', { class: 'facts' }, facts.map(([k, v]) => [h('dt', {}, t(k)), h('dd', {}, v || '—')])),
      billed ? h('p', {}, h('a', { href: '#/pay/' + a.accountNo, class: 'button primary' }, t('nav.cashier'))) : null,
      open ? h('div', { class: 'changes' }, next ? next() : null,
        change(a, 'transfer', t('account.transfer'), [field('newCustomerId', t('account.newCustomerId'), { required: true }),
          field('reason', t('common.reason'))], (v) => ({ newCustomerId: v.newCustomerId, reason: v.reason }), draw),
        change(a, 'rename', t('account.rename'), [field('newName', t('account.newName'), { required: true }), field('reason', t('common.reason'))],
          (v) => ({ newName: v.newName, reason: v.reason }), draw),
        change(a, 'close', t('account.close'), [field('finalReading', t('account.finalReading'), { type: 'number' }),
          field('reason', t('common.reason'), { required: true })],
        (v) => ({ finalReading: v.finalReading ? Number(v.finalReading) : undefined, reason: v.reason }), draw)) : null,
      h('h2', {}, t('account.history')), history, billed ? [h('h2', {}, t('account.bills')), bills(a.accountNo)] : null);
  };
  await draw();
  return section;
}

/** Customer, premises and account in one form: three requests, and the fields of each answer's problem marked. */
export function open() {
  const done = h('div', { id: 'opened' });
  // a retry after a refused account reuses the customer and premises already created with the same fields
  const made = new Map();
  const once = async (path, body) => {
    const key = path + JSON.stringify(body);
    if (!made.has(key)) made.set(key, await post(branch('accounts', path), body));
    return made.get(key);
  };
  const f = form('open-account', [
    h('fieldset', {}, h('legend', {}, t('account.customer')), h('div', { class: 'row' },
      field('kind', t('customer.kind'), { choices: choices(['PERSON', 'ORGANISATION']), value: 'PERSON', required: true }),
      field('name', t('customer.name'), { required: true }), field('phones', t('customer.phones'), { type: 'tel' }),
      field('idNumber', t('customer.idNumber')), field('householdSize', t('customer.householdSize'), { type: 'number' }))),
    h('fieldset', {}, h('legend', {}, t('account.premises')), h('div', { class: 'row' },
      field('district', t('premises.district'), { required: true }), field('community', t('premises.community')),
      field('building', t('premises.building')), field('unit', t('premises.unit')), field('room', t('premises.room'))),
    field('address', t('premises.address'), { required: true })),
    field('category', t('account.category'), { choices: choices(CATEGORIES), value: 'RESIDENTIAL', required: true }),
  ], t('account.open'), async (v) => {
    const customer = await once('/customers', { kind: v.kind, name: v.name, category: v.category,
      phones: v.phones ? [v.phones] : [], idType: v.idNumber ? '居民身份证' : undefined, idNumber: v.idNumber,
      householdSize: v.householdSize ? Number(v.householdSize) : undefined });
    const premises = await once('/premises', { district: v.district, community: v.community, building: v.building,
      unit: v.unit, room: v.room, address: v.address });
    return post(branch('accounts', '/accounts'), { customerId: customer.id, premisesId: premises.id, category: v.category });
  }, (a, el) => {
    el.reset();
    made.clear();
    done.replaceChildren(notice('ok', t('account.opened', { no: a.accountNo })), h('a', { href: '#/accounts/' + a.accountNo }, a.accountNo));
  });
  return h('section', {}, title(t('account.open')), done, f);
}

