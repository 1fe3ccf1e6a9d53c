// The shift lead's week: roster gaps as a day × hour grid; and the handover between shifts, for everyone on a shift.
import { get, post, branch, query } from '../api.js';
import { t, toFen } from '../i18n.js';
import { day } from '../clock.js';
import { h, title, field, form, notice } from '../ui.js';

/** Rows: day and position; columns: the 24 hours; a cell shows rostered/required where people are missing. */
function grid(gaps) {
  if (!gaps.length) return notice('ok', t('roster.noGaps'), { id: 'no-gaps' });
  const rows = new Map();
  for (const g of gaps) {
    const key = g.dayOn + ' ' + g.position;
    if (!rows.has(key)) rows.set(key, { day: g.dayOn, position: g.position, hours: {} });
    rows.get(key).hours[g.hour] = g;
  }
  const hours = [...Array(24).keys()];
  return h('table', { id: 'gaps', class: 'grid' },
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('roster.day')), h('th', { scope: 'col' }, t('roster.position')),
      hours.map(x => h('th', { scope: 'col' }, x)))),
    h('tbody', {}, [...rows.values()].map(r => h('tr', {}, h('th', { scope: 'row' }, r.day), h('td', {}, r.position),
      hours.map(x => {
        const g = r.hours[x];
        return g ? h('td', { class: 'gap', title: `${t('roster.required')} ${g.required} / ${t('roster.rostered')} ${g.rostered}` },
          `${g.rostered}/${g.required}`) : h('td', {});
      })))));
}

export function roster() {
  const today = day();
  const week = day(6);
  const out = h('div', { id: 'gap-grid' });
  const show = async (v) => {
    const all = [];
    for (let page = 0; ; page++) {
      const p = await get(branch('duties', '/rosters/gaps' + query({ from: v.from, to: v.to, page, size: 500 })));
      all.push(...p.items);
      if ((page + 1) * p.size >= p.total) break;
    }
    out.replaceChildren(grid(all));
  };
  const period = form('gap-period', h('div', { class: 'row' }, field('from', t('common.from'), { type: 'date', value: today }),
    field('to', t('common.to'), { type: 'date', value: week })), t('common.search'), show, () => {});
  show({ from: today, to: week }).catch(e => out.replaceChildren(notice('error', e.message)));
  return h('section', {}, title(t('roster.title')), period, out);
}

/** The outgoing person records the handover; the incoming one accepts it by its number. */
export async function handover() {
  const handedOver = h('div');
  const shifts = await get(branch('duties', '/shifts' + query({ size: 100 }))).then(p => p.items).catch(() => []);
  const shift = shifts.length ? field('shift', t('handover.shift'), { required: true, choices: shifts.map(x => [x.code, `${x.name} ${x.starts}–${x.ends}`]) })
    : field('shift', t('handover.shift'), { required: true });
  const handover = form('handover', [h('div', { class: 'row' }, shift,
    field('incoming', t('handover.incoming'), { required: true }), field('cashFen', t('handover.cash'), { attrs: { inputmode: 'decimal' } })),
  field('incidents', t('handover.incidents'), { type: 'textarea' }), field('notes', t('handover.notes'), { type: 'textarea' })],
  t('handover.record'), (v) => {
    const cash = v.cashFen ? toFen(v.cashFen) : undefined;
    return post(branch('duties', '/handovers'), { ...v, cashFen: Number.isNaN(cash) ? v.cashFen : cash });
  }, (x, el) => {
    el.reset();
    handedOver.replaceChildren(notice('ok', t('handover.recorded', { id: x.id }), { id: 'handed-over', dataset: { id: x.id } }));
  });
  const accept = form('handover-accept', field('id', t('handover.id'), { required: true }), t('handover.accept'),
    (v) => post(branch('duties', `/handovers/${encodeURIComponent(v.id || '-')}/accept`)), (x, el) => {
      el.reset();
      handedOver.replaceChildren(notice('ok', t('handover.accepted'), { id: 'handover-accepted' }));
    });
  return h('section', {}, title(t('handover.title')), handedOver, handover, h('h2', {}, t('handover.accept')), accept);
}
