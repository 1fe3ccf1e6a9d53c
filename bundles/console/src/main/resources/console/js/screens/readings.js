// The meter reader's route: this month's orders with the last reading, the new readings sent in one bulk request,
// and each refused one shown on its own row (三准: on time, accurate, plausible volume).
import { get, post, branch, query } from '../api.js';
import { t, localized } from '../i18n.js';
import { h, title, field, form, notice } from '../ui.js';

function rows(orders) {
  return orders.map(o => h('tr', { dataset: { serial: o.serial } },
    h('td', {}, o.seq + 1), h('td', {}, o.serial), h('td', {}, o.accountNo), h('td', {}, o.address),
    h('td', {}, o.previousReading ?? '', o.previousReadOn ? h('small', {}, ' ' + o.previousReadOn) : ''), h('td', {}, o.dueOn || ''),
    h('td', {}, h('input', { type: 'number', step: '0.001', min: '0', name: 'value', class: 'reading', dataset: { serial: o.serial },
      'aria-label': o.serial })),
    h('td', { class: 'result' })));
}

export function entry() {
  const sheet = h('div', { id: 'route-sheet' });
  // a reader walks the same book every month: the last one loaded is offered again
  const load = form('route', h('div', { class: 'row' }, field('routeId', t('readings.route'), { required: true,
    value: localStorage.getItem('gasline.route') || undefined })), t('readings.load'), async (v) => {
    const page = await get(branch('metering', `/routes/${encodeURIComponent(v.routeId || '-')}/orders` + query({ size: 500 })));
    localStorage.setItem('gasline.route', v.routeId);
    return page;
  }, (page) => {
      const body = h('tbody', {}, rows(page.items));
      const summary = h('p', { class: 'notice', role: 'status' });
      const send = h('button', { type: 'button', class: 'primary', id: 'send-readings' }, t('readings.save'));
      send.addEventListener('click', async () => {
        const inputs = [...body.querySelectorAll('input.reading')].filter(i => i.value !== '');
        if (!inputs.length) return;
        send.disabled = true;
        try {
          const answer = await post(branch('metering', '/readings:bulk'), { readings: inputs.map(i => ({ serial: i.dataset.serial, value: Number(i.value) })) });
          const results = answer.results || answer.items || answer;
          let ok = 0;
          results.forEach((r, n) => {
            const cell = inputs[n].closest('tr').querySelector('.result');
            const good = r.status >= 200 && r.status < 300;
            ok += good ? 1 : 0;
            cell.className = 'result ' + (good ? 'ok' : 'refused');
            cell.textContent = good ? t('readings.ok') + (r.reading && r.reading.anomaly ? ' · ' + r.reading.anomaly : '')
              : [r.detail, ...(r.errors || []).map(e => localized(e.message))].filter(Boolean).join('；');
          });
          summary.textContent = `${ok} / ${results.length} ${t('readings.ok')}`;
        } catch (e) {
          summary.textContent = e.message;
        } finally {
          send.disabled = false;
        }
      });
      sheet.replaceChildren(summary, h('table', { class: 'readings' }, h('thead', {}, h('tr', {},
        ['#', t('readings.serial'), t('account.no'), t('account.address'), t('readings.previous'), t('bill.due'), t('readings.value'), '']
          .map(x => h('th', { scope: 'col' }, x)))), body), send);
    });
  return h('section', {}, title(t('readings.title')), notice('info', t('readings.rules')), load, sheet);
}
