// The signed-in user, kept in sessionStorage: it lives as long as the browser tab and never reaches disk cookies.
const KEY = 'gasline.session';

/** Reads the roles, tenant and expiry out of the token the API issued (the console never checks its signature). */
function claims(token) {
  const part = token.split('.')[1] || '';
  const json = atob(part.replace(/-/g, '+').replace(/_/g, '/'));
  return JSON.parse(decodeURIComponent(Array.from(json, c => '%' + c.charCodeAt(0).toString(16).padStart(2, '0')).join('')));
}

export function start(token) {
  const c = claims(token);
  const session = { token, username: c.sub, tenant: c.tenant || null, roles: c.roles || [], expiresAt: c.exp * 1000 };
  sessionStorage.setItem(KEY, JSON.stringify(session));
  return session;
}

/** The branch's time zone, read once after sign-in (see clock.js). */
export function remember(zone) {
  const raw = sessionStorage.getItem(KEY);
  if (raw) sessionStorage.setItem(KEY, JSON.stringify({ ...JSON.parse(raw), zone }));
}

export function current() {
  const raw = sessionStorage.getItem(KEY);
  if (!raw) return null;
  const session = JSON.parse(raw);
  return session.expiresAt > Date.now() ? session : null;
}

/** True when there was a session and its time ran out (as opposed to never having signed in). */
export function expired() {
  const raw = sessionStorage.getItem(KEY);
  return !!raw && JSON.parse(raw).expiresAt <= Date.now();
}

/** The API refused the token (expired, or the user was disabled): the sign-in page says so. */
export function expire() {
  const raw = sessionStorage.getItem(KEY);
  if (raw) sessionStorage.setItem(KEY, JSON.stringify({ ...JSON.parse(raw), expiresAt: 0 }));
}

export function end() {
  sessionStorage.removeItem(KEY);
}

export function has(...roles) {
  const s = current();
  return !!s && roles.some(r => s.roles.includes(r));
}
