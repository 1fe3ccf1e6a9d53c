// Tickets: intake, the board, one ticket with its next steps, and the supervisor's overdue list.
import { get, post, branch, query } from '../api.js';
import { has } from '../session.js';
import { t, code, dateTime } from '../i18n.js';
import { day, instant } from '../clock.js';
import { h, title, field, form, table, notice, choices, values } from '../ui.js';
import { countdown, nextClock } from './sla.js';

const TYPES = ['EMERGENCY', 'REPAIR', 'COMPLAINT', 'CONSULTATION', 'APPOINTMENT', 'HELP', 'SUGGESTION'];
const STATUSES = ['RECEIVED', 'DISPATCHED', 'IN_PROGRESS', 'RESOLVED', 'CALLED_BACK', 'CLOSED'];
const tickets = (params) => get(branch('ticketing', '/tickets' + query(params)));

function columns() {
  return [
    { key: 'ticketNo', label: t('ticket.no'), render: x => h('a', { href: '#/tickets/' + x.ticketNo }, x.ticketNo) },
    { key: 'type', label: t('ticket.type'), render: x => code(x.type) },
    { key: 'status', label: t('ticket.status'), render: x => code(x.status) },
    { key: 'address', label: t('ticket.address') },
    { key: 'due', label: t('ticket.due'), sort: false, render: countdown },
    { key: 'receivedAt', label: t('ticket.receivedAt'), render: x => dateTime(x.receivedAt) },
    { key: 'assignee', label: t('ticket.assignee') },
  ];
}

export function intake() {
  const created = h('div', { id: 'created' });
  const lookup = h('button', { type: 'button', class: 'link', id: 'lookup' }, t('ticket.lookup'));
  const f = form('intake', [
    h('div', { class: 'row' }, field('type', t('ticket.type'), { choices: choices(TYPES), required: true }),
      field('grade', t('ticket.grade'), { choices: choices(['MINOR', 'IMPORTANT', 'MAJOR']) }),
      field('service', t('ticket.service'), { choices: choices(['TURN_ON', 'RELOCATION', 'MODIFICATION', 'INSPECTION', 'INSTALLATION']) }),
      field('channel', t('ticket.channel'), { choices: choices(['HOTLINE', 'COUNTER', 'ONLINE', 'WECHAT', 'WALK_IN', 'PATROL']), value: 'HOTLINE', required: true })),
    h('div', { class: 'row' }, field('callerName', t('ticket.callerName')), field('callerPhone', t('ticket.callerPhone'), { type: 'tel' }),
      h('div', { class: 'with-action' }, field('accountNo', t('ticket.accountNo')), lookup)),
    field('address', t('ticket.address')), field('description', t('ticket.description'), { type: 'textarea', required: true }),
    h('div', { class: 'row' }, field('priority', t('ticket.priority'), { choices: choices(['NORMAL', 'URGENT']), value: 'NORMAL', required: true }),
      field('receivedAt', t('ticket.receivedLate'), { type: 'datetime-local', hint: t('ticket.receivedLateHint') })),
  ], t('ticket.new'), (v) => post(branch('ticketing', '/tickets'), { ...v, receivedAt: v.receivedAt ? instant(v.receivedAt) : undefined }),
  (ticket, el) => {
    el.reset();
    created.replaceChildren(notice('ok', t('ticket.created', { no: ticket.ticketNo }), { dataset: { ticket: ticket.ticketNo } }),
      h('a', { href: '#/tickets/' + ticket.ticketNo }, ticket.ticketNo), ' ', countdown(ticket));
  });
  // the caller's account fills in the address and name, as the agent would read them off the archive
  lookup.addEventListener('click', async () => {
    const no = values(f).accountNo;
    if (!no) return;
    try {
      const account = await get(branch('accounts', '/accounts/' + encodeURIComponent(no)));
      f.elements.address.value = account.address || '';
      f.elements.callerName.value = f.elements.callerName.value || account.holderName || '';
      f.elements.callerPhone.value = f.elements.callerPhone.value || account.phone || '';
    } catch (e) {
      const slot = f.querySelector('.field-error[data-for=accountNo]');
      slot.textContent = e.message;
    }
  });
  return h('section', {}, title(t('ticket.new')), created, f);
}

export function board() {
  const status = h('select', { id: 'board-status' }, h('option', { value: '' }, t('board.all')), choices(STATUSES).map(([v, l]) => h('option', { value: v }, l)));
  let list = table('board', columns(), (page, size) => tickets({ status: status.value, page, size }));
  status.addEventListener('change', () => {
    const fresh = table('board', columns(), (page, size) => tickets({ status: status.value, page, size }));
    list.replaceWith(fresh);
    list = fresh;
  });
  return h('section', {}, title(t('board.title')), h('label', {}, t('board.filter'), ' ', status), list,
    h('h2', {}, t('board.callbacksToday')), callbacksToday());
}

/** Resolved tickets whose callback clock runs out before the branch's midnight. */
function callbacksToday() {
  const today = day();
  return table('callbacks', columns(), async (page, size) => {
    const result = await tickets({ status: 'RESOLVED', page, size });
    const due = result.items.filter(x => (x.clocks || []).some(c => c.clock === 'CALLBACK' && !c.metAt && day(0, new Date(c.dueAt)) <= today));
    return { ...result, items: due };
  });
}

/** The sweep that escalates overdue clocks to the shift lead runs on a timer; the supervisor can run it now. */
function escalateNow(list) {
  const out = h('span', { id: 'escalated' });
  const button = h('button', { type: 'button', id: 'escalate' }, t('overdue.escalate'));
  button.addEventListener('click', async () => {
    try {
      const events = await post(branch('ticketing', '/escalations:run'));
      out.textContent = ' ' + t('overdue.escalated', { n: events.length });
      list.reload();
    } catch (e) {
      out.textContent = ' ' + e.message;
    }
  });
  return h('p', {}, button, out);
}

export function overdue() {
  const list = table('overdue', columns(), (page, size) => tickets({ overdue: true, page, size }));
  return h('section', {}, title(t('overdue.title')), escalateNow(list), list,
    h('h2', {}, t('overdue.soon')), table('due-soon', columns(), (page, size) => tickets({ dueWithinHours: 2, page, size })));
}

/** Consultations, suggestions and help requests are answered at the desk and closed without a callback. */
const AT_THE_DESK = ['CONSULTATION', 'SUGGESTION', 'HELP'];

/** What can be done next, by status: each action is one form posting to the ticket's step. */
function steps(ticket, reload) {
  const path = (step) => branch('ticketing', `/tickets/${ticket.ticketNo}/${step}`);
  const step = (name, label, fields, body = (v) => ({ note: v.note })) => form('step-' + name, fields, label,
    (v) => post(path(name), { ...body(v), version: ticket.version }), reload);
  const note = () => field('note', t('ticket.note'));
  // a supervisor reviews a ticket before it is closed
  const close = () => (has('SUPERVISOR') ? step('close', t('ticket.close'), [note()]) : null);
  switch (ticket.status) {
    case 'RECEIVED': return [
      step('dispatch', t('ticket.dispatch'), [field('department', t('ticket.department')), field('technician', t('ticket.technician')), note()],
        (v) => ({ department: v.department, technician: v.technician, note: v.note })),
      AT_THE_DESK.includes(ticket.type) ? step('resolve', t('ticket.resolve'), [note()]) : null];
    case 'DISPATCHED': return [step('start', t('ticket.start'), [note()]),
      step('dispatch', t('ticket.reassign'), [field('department', t('ticket.department')), field('technician', t('ticket.technician')), note()],
        (v) => ({ department: v.department, technician: v.technician, note: v.note }))];
    case 'IN_PROGRESS': return [step('resolve', t('ticket.resolve'), [note()])];
    case 'RESOLVED': return AT_THE_DESK.includes(ticket.type) ? [close()] : [step('callback', t('ticket.callback'), [field('reached', t('ticket.reached'), { type: 'checkbox' }),
      field('satisfaction', t('ticket.satisfaction'), { type: 'number', attrs: { min: 1, max: 5 } }), field('comment', t('ticket.comment'))],
    (v) => ({ reached: v.reached, satisfaction: v.satisfaction ? Number(v.satisfaction) : undefined, comment: v.comment }))];
    case 'CALLED_BACK': return [close(), step('reopen', t('ticket.reopen'), [note()])];
    default: return [];
  }
}

export async function ticket({ no }) {
  const section = h('section', { id: 'ticket' });
  const draw = async () => {
    const [x, events] = await Promise.all([get(branch('ticketing', '/tickets/' + encodeURIComponent(no))),
      get(branch('ticketing', `/tickets/${encodeURIComponent(no)}/events` + query({ size: 100 })))]);
    const facts = [['ticket.type', code(x.type) + (x.grade ? ' · ' + code(x.grade) : '')], ['ticket.status', code(x.status)],
      ['ticket.channel', code(x.channel)], ['ticket.callerName', x.callerName], ['ticket.callerPhone', x.callerPhone],
      ['ticket.accountNo', x.accountNo], ['ticket.address', x.address], ['ticket.description', x.description],
      ['ticket.assignee', [x.department, x.assignee].filter(Boolean).join(' · ')], ['ticket.receivedAt', dateTime(x.receivedAt)]];
    section.replaceChildren(title(`${t('ticket.no')} ${x.ticketNo}`), h('p', {}, nextClock(x) ? countdown(x) : null),
      h('dl', { class: 'facts' }, facts.filter(([, v]) => v).map(([k, v]) => [h('dt', {}, t(k)), h('dd', {}, v)])),
      h('h2', {}, t('ticket.clocks')), h('ul', { class: 'clocks' }, (x.clocks || []).map(c => h('li', { class: c.overdue ? 'overdue' : '' },
        code(c.clock), ' ', dateTime(c.dueAt), c.metAt ? ' ✓ ' + dateTime(c.metAt) : '',
        c.escalatedAt ? ' · ' + t('ticket.escalatedAt', { at: dateTime(c.escalatedAt) }) : ''))),
      h('div', { class: 'steps-forms' }, steps(x, draw)),
      h('h2', {}, t('ticket.events')), h('ol', { class: 'events' }, events.items.map(e => h('li', {}, dateTime(e.at), ' ', e.actor, ' ',
        code(e.action), e.note ? ' — ' + e.note : ''))));
  };
  await draw();
  return section;
}
