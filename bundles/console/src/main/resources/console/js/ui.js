// Small DOM helpers: no framework, no inline script or style (the page's policy forbids both).
import { ApiError } from './api.js';
import { t, code, localized } from './i18n.js';

/** h('button', {class: 'primary', onclick: f}, 'Save') */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else if (k === 'dataset') Object.assign(el.dataset, v);
    else if (k === 'value') el.value = v;
    else el.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat(Infinity)) if (c !== null && c !== undefined && c !== false) el.append(c instanceof Node ? c : String(c));
  return el;
}

export function title(text) {
  return h('h1', {}, text);
}

/** A message above a form or table: kind is 'error', 'ok' or 'info'. */
export function notice(kind, text, attrs = {}) {
  return h('p', { class: 'notice ' + kind, role: kind === 'error' ? 'alert' : 'status', ...attrs }, text);
}

/**
 * A field: input, select (options: [[value, label]]) or textarea, named after the API field so that a problem's
 * errors[].field finds it. Its message slot sits right under it.
 */
export function field(name, label, options = {}) {
  const { type = 'text', choices, value, required, hint, attrs = {} } = options;
  let input;
  if (choices) {
    input = h('select', { name, id: 'f-' + name, ...attrs },
      required ? null : h('option', { value: '' }, ''),
      choices.map(([v, l]) => h('option', { value: v, selected: String(v) === String(value ?? '') }, l ?? code(v))));
  } else if (type === 'textarea') {
    input = h('textarea', { name, id: 'f-' + name, rows: 3, ...attrs });
    if (value !== undefined) input.value = value;
  } else {
    input = h('input', { name, id: 'f-' + name, type, value, ...attrs });
  }
  return h('div', { class: 'field' + (type === 'checkbox' ? ' check' : ''), dataset: { field: name } },
    h('label', { for: 'f-' + name }, label, required ? h('span', { class: 'req', title: t('common.required') }, ' *') : null),
    input,
    hint ? h('small', { class: 'hint' }, hint) : null,
    h('span', { class: 'field-error', dataset: { for: name }, role: 'alert' }));
}

export function values(form) {
  const out = {};
  for (const el of form.querySelectorAll('input, select, textarea')) {
    if (!el.name) continue;
    if (el.type === 'checkbox') out[el.name] = el.checked;
    else if (el.value !== '') out[el.name] = el.value;
  }
  return out;
}

/** Clears the form's messages, then puts each of the API's field errors next to its field and the rest on top. */
export function showProblem(form, error) {
  clearProblem(form);
  const top = form.querySelector('.form-problem');
  if (!(error instanceof ApiError)) {
    top.textContent = String(error.message || error);
    top.hidden = false;
    return;
  }
  const unplaced = [];
  for (const e of error.fieldErrors()) {
    const slot = slotFor(form, e.field);
    if (slot) {
      slot.textContent = localized(e.message);
      slot.closest('.field').classList.add('invalid');
    } else {
      unplaced.push(e.field + ': ' + localized(e.message));
    }
  }
  top.textContent = [error.problem.detail || error.message, ...unplaced].join(' — ');
  top.hidden = false;
}

/** "readings[3].value" finds the field "value" of the row marked 3; "phones[0]" finds "phones". */
function slotFor(form, name) {
  const exact = form.querySelector(`.field-error[data-for="${CSS.escape(name)}"]`);
  if (exact) return exact;
  const base = name.replace(/\[\d+\]$/, '').replace(/^.*\./, '');
  return form.querySelector(`.field-error[data-for="${CSS.escape(base)}"]`);
}

export function clearProblem(form) {
  for (const s of form.querySelectorAll('.field-error')) s.textContent = '';
  for (const f of form.querySelectorAll('.field.invalid')) f.classList.remove('invalid');
  const top = form.querySelector('.form-problem');
  top.textContent = '';
  top.hidden = true;
}

/**
 * A form whose submit calls send(values) and shows what comes back: done(result) on success, the problem otherwise.
 * The submit button is disabled while the request runs, so a double click never sends twice.
 */
export function form(id, children, submitLabel, send, done) {
  const button = h('button', { type: 'submit', class: 'primary' }, submitLabel);
  const el = h('form', { id, novalidate: true }, h('p', { class: 'notice error form-problem', role: 'alert', hidden: true }), children,
    h('div', { class: 'buttons' }, button));
  el.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearProblem(el);
    button.disabled = true;
    try {
      const result = await send(values(el), el);
      await done(result, el);
    } catch (e) {
      showProblem(el, e);
    } finally {
      button.disabled = false;
    }
  });
  return el;
}

/**
 * A table over one of the API's paged lists. columns: [{key, label, render?, sort?}]; load(page, size) returns
 * {items, page, size, total}. Sorting is within the page shown; the pager walks the API's pages.
 */
export function table(id, columns, load, size = 20) {
  const body = h('tbody');
  const status = h('span', { class: 'pager-status' });
  const prev = h('button', { type: 'button', class: 'link' }, t('common.prev'));
  const next = h('button', { type: 'button', class: 'link' }, t('common.nextPage'));
  const problem = h('p', { class: 'notice error', role: 'alert', hidden: true });
  let page = 0;
  let items = [];
  let sortKey = null;
  let ascending = true;
  const head = h('tr', {}, columns.map(c => {
    const th = h('th', { scope: 'col', dataset: { key: c.key } }, c.label);
    if (c.sort !== false) {
      th.classList.add('sortable');
      th.addEventListener('click', () => {
        ascending = sortKey === c.key ? !ascending : true;
        sortKey = c.key;
        for (const other of head.children) other.removeAttribute('aria-sort');
        th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        render();
      });
    }
    return th;
  }));
  function render() {
    const rows = [...items];
    if (sortKey) {
      rows.sort((a, b) => {
        const x = a[sortKey] ?? '', y = b[sortKey] ?? '';
        return (typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'zh-CN')) * (ascending ? 1 : -1);
      });
    }
    body.replaceChildren(...(rows.length ? rows.map(row => h('tr', {}, columns.map(c => h('td', { dataset: { key: c.key } },
      c.render ? c.render(row) : (row[c.key] ?? ''))))) : [h('tr', {}, h('td', { colspan: columns.length, class: 'empty' }, t('common.none')))]));
  }
  async function show(p) {
    try {
      const result = await load(p, size);
      items = result.items;
      page = result.page;
      problem.hidden = true;
      status.textContent = t('common.page', { page: page + 1, total: result.total });
      prev.disabled = page === 0;
      next.disabled = (page + 1) * result.size >= result.total;
      render();
    } catch (e) {
      problem.textContent = e.message;
      problem.hidden = false;
    }
  }
  prev.addEventListener('click', () => show(page - 1));
  next.addEventListener('click', () => show(page + 1));
  const el = h('div', { class: 'table', id }, problem, h('table', {}, h('thead', {}, head), body), h('div', { class: 'pager' }, prev, status, next));
  el.reload = () => show(page);
  show(0);
  return el;
}

/** Shows an ApiError (or any failure) where a screen has no form to put it in. */
export function failure(error) {
  return notice('error', error.message || String(error));
}

export function choices(codes) {
  return codes.map(c => [c, code(c)]);
}
