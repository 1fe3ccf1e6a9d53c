// SLA countdowns: the clock that runs out next, coloured ok / due-soon / overdue, ticking while it is on screen.
import { t, code } from '../i18n.js';
import { h } from '../ui.js';

/** The first clock not yet met, by due time. */
export function nextClock(ticket) {
  return (ticket.clocks || []).filter(c => !c.metAt).sort((a, b) => a.dueAt.localeCompare(b.dueAt))[0] || null;
}

function span(seconds) {
  const s = Math.abs(Math.round(seconds));
  const d = Math.floor(s / 86400), hh = Math.floor((s % 86400) / 3600), mm = Math.floor((s % 3600) / 60);
  if (d > 0) return t('sla.days', { d, h: hh });
  return `${hh}:${String(mm).padStart(2, '0')}`;
}

/** ok while more than a quarter of the clock's time is left, due-soon in the last quarter, overdue after. */
export function state(clock, receivedAt, now = Date.now()) {
  const due = Date.parse(clock.dueAt);
  const left = (due - now) / 1000;
  if (left < 0 || clock.overdue) return { kind: 'overdue', left };
  const whole = (due - Date.parse(receivedAt)) / 1000;
  return { kind: left <= whole / 4 ? 'due-soon' : 'ok', left };
}

export function countdown(ticket) {
  const clock = nextClock(ticket);
  if (!clock) return h('span', { class: 'sla met' }, t('ticket.met'));
  const el = h('span', { class: 'sla', dataset: { clock: clock.clock } });
  const draw = () => {
    const s = state(clock, ticket.receivedAt);
    el.className = 'sla ' + s.kind;
    el.dataset.left = Math.round(s.left);
    el.textContent = code(clock.clock) + ' ' + (s.left < 0 ? t('ticket.overdue', { t: span(s.left) }) : t('ticket.left', { t: span(s.left) }));
  };
  draw();
  const timer = setInterval(() => (el.isConnected ? draw() : clearInterval(timer)), 30000);
  return el;
}
