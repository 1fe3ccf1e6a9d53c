// The cashier: an account's open bills, a payment with its Idempotency-Key, and the receipt to print.
import { get, post, branch, query, idempotencyKey } from '../api.js';
import { has } from '../session.js';
import { day as branchDay } from '../clock.js';
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

/** Void (asks a second person to approve) and reissue (a numbered copy): both need a reason and keep the original. */
function receiptActions(r, reload) {
  const path = (step) => branch('metering', `/receipts/${encodeURIComponent(r.receiptNo)}/${step}`);
  const reason = () => field('reason', t('common.reason'), { required: true });
  const approver = has('BRANCH_ADMIN', 'SUPERVISOR');
  return h('div', { class: 'no-print changes' },
    r.status === 'VOID_REQUESTED' && approver ? h('div', { class: 'buttons' },
      form('void-approve', [], t('receipt.approveVoid'), () => post(path('void/approve')), reload),
      form('void-refuse', reason(), t('receipt.refuseVoid'), (v) => post(path('void/refuse'), { reason: v.reason }), reload)) : null,
    r.status === 'ISSUED' ? h('details', { class: 'change' }, h('summary', {}, t('receipt.void')),
      form('receipt-void', reason(), t('receipt.void'), (v) => post(path('void'), { reason: v.reason }), reload)) : null,
    r.status !== 'VOIDED' ? h('details', { class: 'change' }, h('summary', {}, t('receipt.reissue')),
      form('receipt-reissue', reason(), t('receipt.reissue'), (v) => post(path('reissue'), { reason: v.reason }), reload)) : null);
}

export async function receipt({ no }) {
  const section = h('div');
  const draw = async () => section.replaceChildren(await receiptView(no, draw));
  await draw();
  return section;
}

async function receiptView(no, reload) {
  const r = await get(branch('metering', '/receipts/' + encodeURIComponent(no)));
  const row = (k, v) => h('tr', {}, h('th', { scope: 'row' }, t(k)), h('td', {}, v));
  return h('section', { class: 'receipt', id: 'receipt' },
    h('h1', {}, t('receipt.title')),
    h('table', {}, row('receipt.no', r.receiptNo), row('account.no', r.accountNo), row('receipt.amount', money(r.amountFen)),
      row('receipt.channel', code(r.channel)), row('receipt.cashier', r.cashier), row('receipt.issuedAt', dateTime(r.issuedAt)),
      row('bill.status', code(r.status)),
      row('receipt.allocations', (r.allocations || []).map(a => `${a.period} ${money(a.amountFen)}`).join('；') || '—'),
      r.copies > 1 ? row('receipt.copies', String(r.copies)) : null),
    (r.actions || []).length ? h('ul', { class: 'no-print events' }, r.actions.map(a => h('li', {}, dateTime(a.at), ' ', a.actor, ' ',
      code(a.action), a.reason ? ' — ' + a.reason : ''))) : null,
    h('p', { class: 'no-print' }, h('button', { type: 'button', class: 'primary', onclick: () => window.print() }, t('common.print')),
      ' ', h('a', { href: '#/pay/' + r.accountNo }, t('pay.title')), ' ', h('a', { href: '#/cashier-day' }, t('day.title'))),
    receiptActions(r, reload));
}

/** The cashier's day: every receipt, totals by channel, voids and refunds, and the close that hands the day over. */
export async function day() {
  const section = h('section', { id: 'cashier-day' });
  const today = branchDay();
  const draw = async (date) => {
    const d = await get(branch('metering', `/cashier-days/${date}`));
    const picker = h('input', { type: 'date', value: date, id: 'day-date' });
    picker.addEventListener('change', () => draw(picker.value).catch(e => section.replaceChildren(notice('error', e.message))));
    const close = h('button', { type: 'button', class: 'primary', id: 'close-day', disabled: d.closed }, t('day.close'));
    const closeProblem = h('span', { class: 'field-error' });
    close.addEventListener('click', async () => {
      try {
        await post(branch('metering', `/cashier-days/${date}/close`));
        await draw(date);
      } catch (e) {
        closeProblem.textContent = ' ' + e.message;
      }
    });
    section.replaceChildren(title(t('day.title')), h('p', {}, picker),
      h('div', { class: 'figures' }, h('div', { class: 'figure', id: 'day-net' }, h('span', { class: 'value' }, money(d.netFen)),
        h('span', { class: 'label' }, t('day.net'))), h('div', { class: 'figure' }, h('span', { class: 'value' }, String(d.receipts.length)),
        h('span', { class: 'label' }, t('day.receipts'))), h('div', { class: 'figure' }, h('span', { class: 'value' },
        `${d.voids.count} / ${money(d.voids.amountFen)}`), h('span', { class: 'label' }, t('day.voids')))),
      h('table', { id: 'day-channels' }, h('thead', {}, h('tr', {}, [t('pay.channel'), t('day.count'), t('receipt.amount')].map(x => h('th', {}, x)))),
        h('tbody', {}, d.byChannel.map(c => h('tr', {}, h('td', {}, code(c.channel)), h('td', {}, c.count), h('td', {}, money(c.totalFen)))))),
      h('h2', {}, t('day.receipts')),
      h('table', { id: 'day-receipts' }, h('tbody', {}, d.receipts.map(l => h('tr', {}, h('td', {}, h('a', { href: '#/receipts/' + l.receiptNo }, l.receiptNo)),
        h('td', {}, l.accountNo), h('td', {}, money(l.amountFen)), h('td', {}, code(l.channel)), h('td', {}, code(l.status)), h('td', {}, dateTime(l.issuedAt)))))),
      h('p', {}, d.closed ? notice('ok', t('day.closed', { by: d.closedBy, at: dateTime(d.closedAt) }), { id: 'day-closed' }) : close, closeProblem));
  };
  await draw(today);
  return section;
}
