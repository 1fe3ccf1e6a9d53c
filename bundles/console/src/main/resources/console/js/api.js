// The console is one more client of the public API: every call goes through here.
import { current, expire } from './session.js';
import { lang } from './i18n.js';

/** A refused request: the status and the API's problem+json (field errors in problem.errors). */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem.detail || problem.title || String(status));
    this.status = status;
    this.problem = problem;
  }
  fieldErrors() {
    return (this.problem.errors || []).filter(e => e.field);
  }
}

/** Called when the API says the token is no longer good; main.js sends the user back to sign-in. */
let onExpired = () => {};
export function whenExpired(callback) {
  onExpired = callback;
}

export async function call(method, path, body, headers = {}) {
  const session = current();
  const all = { 'Accept': 'application/json', 'Accept-Language': lang() === 'en' ? 'en' : 'zh-CN', ...headers };
  if (body !== undefined) all['Content-Type'] = 'application/json';
  if (session) all['Authorization'] = 'Bearer ' + session.token;
  let response;
  try {
    response = await fetch('/api/v1' + path, { method, headers: all, body: body === undefined ? undefined : JSON.stringify(body) });
  } catch (e) {
    throw new ApiError(0, { title: 'network', detail: lang() === 'en' ? 'The server cannot be reached' : '无法连接服务器' });
  }
  const type = response.headers.get('Content-Type') || '';
  const data = type.includes('json') ? await response.json() : await response.text();
  if (response.status === 401 && session) {
    expire();
    onExpired();
  }
  if (!response.ok) throw new ApiError(response.status, typeof data === 'object' ? data : { detail: String(response.status) });
  return data;
}

export const get = (path) => call('GET', path);
export const post = (path, body = {}, headers) => call('POST', path, body, headers);
export const put = (path, body, headers) => call('PUT', path, body, headers);
export const patch = (path, body) => call('PATCH', path, body);
export const del = (path) => call('DELETE', path);

/** A path of the signed-in user's branch: branch('ticketing', '/tickets'); branch('', '/users') is the branch's own. */
export function branch(module, path) {
  return `/tenants/${encodeURIComponent(current().tenant)}${module ? '/' + module : ''}${path}`;
}

export function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, v);
  const s = q.toString();
  return s ? '?' + s : '';
}

/** A fresh key per money-moving form, reused when the same submission is retried. */
export function idempotencyKey() {
  return crypto.randomUUID ? crypto.randomUUID() : String(Date.now()) + Math.random().toString(16).slice(2);
}
