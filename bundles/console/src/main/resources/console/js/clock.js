// The branch's calendar. Days, "today" and times are the branch's (its zone comes from the API at sign-in), never
// the browser's: a cashier's laptop set to another zone must still open today's cashier day.
import { current } from './session.js';

const DEFAULT_ZONE = 'Asia/Shanghai';

export function zone() {
  const session = current();
  return (session && session.zone) || DEFAULT_ZONE;
}

/** The wall-clock fields of an instant in the branch's zone. */
function fields(at) {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: zone(), hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit',
    hour: '2-digit', minute: '2-digit', second: '2-digit' }).formatToParts(at);
  const n = (type) => Number(parts.find(p => p.type === type).value);
  return { y: n('year'), m: n('month'), d: n('day'), hh: n('hour'), mm: n('minute'), ss: n('second') };
}

const iso = (utcMillis) => new Date(utcMillis).toISOString().slice(0, 10);

/** yyyy-mm-dd of the branch's calendar: today, or plusDays from it; of another instant with at. */
export function day(plusDays = 0, at = new Date()) {
  const f = fields(at);
  return iso(Date.UTC(f.y, f.m - 1, f.d + plusDays));
}

/** The first day of the branch's current month. */
export function firstOfMonth() {
  return day().slice(0, 8) + '01';
}

/** A wall time typed in a datetime-local field (yyyy-mm-ddThh:mm), read as the branch's, to an ISO instant. */
export function instant(local) {
  const [date, time] = local.split('T');
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  const wall = Date.UTC(y, m - 1, d, hh, mm);
  // the zone's offset at that moment; asked twice so a wall time next to a clock change lands on the right side
  const offset = (guess) => {
    const f = fields(new Date(guess));
    return Date.UTC(f.y, f.m - 1, f.d, f.hh, f.mm, f.ss) - Math.floor(guess / 1000) * 1000;
  };
  const first = wall - offset(wall);
  return new Date(wall - offset(first)).toISOString();
}
