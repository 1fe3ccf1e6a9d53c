// The cylinder clerk's point: stock by spec with low-stock warnings, the exchange form, the day's remittance.
import { get, post, branch, query, idempotencyKey } from '../api.js';
import { t, code, money, toFen } from '../i18n.js';
import { day } from '../clock.js';
import { h, title, field, form, notice, choices, failure } from '../ui.js';

const fen = (v) => { const f = toFen(v); return Number.isNaN(f) ? (v ?? null) : f; };

async function stock(point) {
  const s = await get(branch('cylinders', `/points/${encodeURIComponent(point)}/stock`));
  const specs = [...new Set(s.lines.map(l => l.spec))].sort();
  const statuses = ['FULL', 'EMPTY', 'AWAITING_INSPECTION', 'REJECTED'];
  const count = (spec, status) => s.lines.filter(l => l.spec === spec && l.status === status).reduce((n, l) => n + l.count, 0);
  return h('div', { id: 'stock' },
    s.lowStock && s.lowStock.length ? notice('error', t('cyl.low', { list: s.lowStock.join('、') }), { id: 'low-stock' }) : null,
    h('table', {}, h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('cyl.spec')), statuses.map(x => h('th', { scope: 'col' }, code(x))))),
      h('tbody', {}, specs.map(spec => h('tr', { class: (s.lowStock || []).includes(spec) ? 'low' : '' }, h('th', { scope: 'row' }, spec),
        statuses.map(x => h('td', {}, count(spec, x))))))));
}

export async function point() {
  const points = await get(branch('cylinders', '/points' + query({ size: 500 })));
  const section = h('section', {}, title(t('cyl.points')));
  if (!points.items.length) {
    section.append(notice('info', t('common.none')));
    return section;
  }
  const picker = h('select', { id: 'point' }, points.items.map(p => h('option', { value: p.code }, `${p.code} ${p.name}`)));
  const body = h('div');
  const draw = async () => {
    const code = picker.value;
    const stockBox = h('div');
    const refresh = async () => stockBox.replaceChildren(await stock(code).catch(failure));
    const today = day();
    const exchange = form('exchange', [h('div', { class: 'row' },
      field('spec', t('cyl.spec'), { required: true, value: 'YSP-15' }), field('returnedSerial', t('cyl.returned')), field('issuedSerial', t('cyl.issued')),
      field('customer', t('cyl.customer')), field('customerPhone', t('cyl.customerPhone'), { type: 'tel' })), h('div', { class: 'row' },
      field('priceFen', t('cyl.price'), { required: true, attrs: { inputmode: 'decimal' } }),
      field('payment', t('cyl.payment'), { choices: choices(['CASH', 'VOUCHER']), value: 'CASH', required: true }),
      field('vouchers', t('cyl.vouchers'), { type: 'number' }))],
    t('cyl.exchange'), (v) => post(branch('cylinders', '/exchanges'), { ...v, point: code, priceFen: fen(v.priceFen),
      vouchers: v.vouchers ? Number(v.vouchers) : undefined }), async (x, el) => {
      el.reset();
      el.before(notice('ok', t('cyl.exchanged') + (x.advice ? ' — ' + x.advice : '')));
      await refresh();
    });
    const remit = form('remittance', h('div', { class: 'row' }, field('dayOn', t('cyl.day'), { type: 'date', value: today, required: true }),
      field('cashFen', t('cyl.cash'), { required: true, attrs: { inputmode: 'decimal' } }), field('vouchers', t('cyl.vouchers'), { type: 'number' })),
    t('cyl.remit'), (v) => post(branch('cylinders', `/points/${code}/remittances`), { dayOn: v.dayOn, cashFen: fen(v.cashFen),
      vouchers: v.vouchers ? Number(v.vouchers) : undefined }, { 'Idempotency-Key': idempotencyKey() }), (r, el) => {
      el.before(notice(r.cashDifferenceFen || r.voucherDifference ? 'error' : 'ok',
        `${t('cyl.expected')} ${money(r.expectedCashFen)} / ${r.expectedVouchers} · ${t('cyl.difference')} ${money(r.cashDifferenceFen)} / ${r.voucherDifference}`,
        { id: 'remitted' }));
    });
    await refresh();
    body.replaceChildren(h('h2', {}, t('cyl.stock')), stockBox, h('h2', {}, t('cyl.exchange')), exchange, h('h2', {}, t('cyl.remit')), remit);
  };
  picker.addEventListener('change', draw);
  await draw();
  section.append(h('label', {}, t('cyl.point'), ' ', picker), body);
  return section;
}
