// The cashier: an account's open bills, a payment with its Idempotency-Key, and the receipt to print.
import { get, post, branch, query, idempotencyKey } from '../api.js';
import { t, code, money, toFen, dateTime } from '../i18n.js';
import { h, title, field, form, table, notice, choices } from '../ui.js';

export function bills(accountNo) {
  return table('bills', [
    { key: 'period', label: t('bill.period') }, { key: 'volume', label: t('bill.volume') },
    { key: 'amountFen', label: t('bill.amount'), render: b => money(b.amountFen) }, { key: 'paidFen', label: t('bill.paid'), render: b => money(b.paidFen) },
    { key: 'status', label: t('bill.status'), render: b => code(b.status) }, { key: 'dueOn', label: t('bill.due') },
  ], (page, size) => get(branch('metering', `/accounts/${encodeURIComponent(accountNo)}/bills` + query({ page, size }))));
}

export async function pay({ no }) {
  const account = await get(branch('accounts', '/accounts/' + encodeURIComponent(no)));
  const balance = await get(branch('metering', `/accounts/${encodeURIComponent(no)}/balance`)).catch(() => null);
  // one key per payment the cashier means to make: a retried submit (timeout, double click) cannot charge twice
  let key = idempotencyKey();
  const done = h('div', { id: 'paid' });
  const f = form('payment', [
    field('amountFen', t('pay.amount'), { required: true, attrs: { inputmode: 'decimal', autocomplete: 'off' } }),
    field('channel', t('pay.channel'), { choices: choices(['CASH', 'CARD', 'WECHAT', 'ALIPAY', 'COUNTER']), value: 'CASH', required: true }),
  ], t('pay.submit'), (v) => {
    const fen = toFen(v.amountFen);
    // a typed amount that is not yuan is sent as written, so the API's own message names the field
    return post(branch('metering', '/payments'), { accountNo: no, amountFen: Number.isNaN(fen) ? (v.amountFen ?? null) : fen, channel: v.channel },
      { 'Idempotency-Key': key });
  }, (payment, el) => {
    key = idempotencyKey();
    el.reset();
    done.replaceChildren(notice('ok', t('pay.done', { no: payment.receiptNo })),
      h('a', { href: '#/receipts/' + payment.receiptNo, class: 'button', id: 'open-receipt' }, t('pay.receipt')));
  });
  return h('section', {}, title(`${t('pay.title')} · ${account.accountNo} ${account.holderName}`),
    h('p', {}, account.address, balance ? ` · ${t('account.balance')} ${money(balance.owedFen ? -balance.owedFen : balance.creditFen)}` : ''),
    done, f, h('h2', {}, t('account.bills')), bills(no));
}

export async function receipt({ no }) {
  const r = await get(branch('metering', '/receipts/' + encodeURIComponent(no)));
  const row = (k, v) => h('tr', {}, h('th', { scope: 'row' }, t(k)), h('td', {}, v));
  return h('section', { class: 'receipt', id: 'receipt' },
    h('h1', {}, t('receipt.title')),
    h('table', {}, row('receipt.no', r.receiptNo), row('account.no', r.accountNo), row('receipt.amount', money(r.amountFen)),
      row('receipt.channel', code(r.channel)), row('receipt.cashier', r.cashier), row('receipt.issuedAt', dateTime(r.issuedAt)),
      row('bill.status', code(r.status)),
      row('receipt.allocations', (r.allocations || []).map(a => `${a.period} ${money(a.amountFen)}`).join('；') || '—')),
    h('p', { class: 'no-print' }, h('button', { type: 'button', class: 'primary', onclick: () => window.print() }, t('common.print')),
      ' ', h('a', { href: '#/pay/' + r.accountNo }, t('pay.title'))));
}
