// The supervisor's figures for a period: five numbers and three charts (Apache ECharts, canvas-drawn).
import * as echarts from '../../lib/echarts.js';
import { get, branch, query } from '../api.js';
import { t, code } from '../i18n.js';
import { day, firstOfMonth } from '../clock.js';
import { h, title, field, form } from '../ui.js';

const percent = (x) => (x === null || x === undefined || Number.isNaN(x) ? '—' : (x * 100).toFixed(1) + '%');

function figure(id, label, value) {
  return h('div', { class: 'figure', id }, h('span', { class: 'value' }, value), h('span', { class: 'label' }, label));
}

/** A bar chart of {code: number}; tooltips drawn on the canvas, since the page's policy allows no inline styles. */
function bars(id, label, data, asPercent) {
  const el = h('div', { class: 'chart', id });
  const keys = Object.keys(data || {});
  requestAnimationFrame(() => {
    const chart = echarts.init(el, null, { renderer: 'canvas' });
    chart.setOption({
      title: { text: label, textStyle: { fontSize: 14 } },
      tooltip: { trigger: 'axis', renderMode: 'richText' },
      grid: { left: 48, right: 16, bottom: 32, top: 40 },
      xAxis: { type: 'category', data: keys.map(code) },
      yAxis: asPercent ? { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } } : { type: 'value', minInterval: 1 },
      series: [{ type: 'bar', data: keys.map(k => (asPercent ? Math.round(data[k] * 1000) / 10 : data[k])), label: { show: true, position: 'top' } }],
      animation: false,
    });
    el.dataset.drawn = String(keys.length);
  });
  return el;
}

export function kpis() {
  const today = day();
  const first = firstOfMonth();
  const out = h('div', { id: 'kpi-figures' });
  const show = async (v) => {
    const k = await get(branch('ticketing', '/kpis' + query({ from: v.from, to: v.to })));
    out.replaceChildren(h('div', { class: 'figures' },
      figure('kpi-received', t('kpis.received'), String(k.received)), figure('kpi-handling', t('kpis.handling'), percent(k.handlingRate)),
      figure('kpi-callback', t('kpis.callback'), percent(k.callbackRate)),
      figure('kpi-callback-success', t('kpis.callbackSuccess'), percent(k.callbackSuccessRate)),
      figure('kpi-satisfaction', t('kpis.satisfaction'), k.meanSatisfaction ? k.meanSatisfaction.toFixed(2) : '—')),
    h('div', { class: 'charts' }, bars('chart-on-time', t('kpis.onTime'), k.onTimeRate, true), bars('chart-by-type', t('kpis.byType'), k.byType),
      bars('chart-by-channel', t('kpis.byChannel'), k.byChannel)));
  };
  const period = form('kpi-period', h('div', { class: 'row' }, field('from', t('common.from'), { type: 'date', value: first }),
    field('to', t('common.to'), { type: 'date', value: today })), t('kpis.show'), show, () => {});
  show({ from: first, to: today }).catch(e => out.replaceChildren(h('p', { class: 'notice error' }, e.message)));
  return h('section', {}, title(t('kpis.title')), period, out);
}
