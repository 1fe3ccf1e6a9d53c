// Sign-in for group admins (no branch code) and branch staff.
import { get, post, branch } from '../api.js';
import { start, remember } from '../session.js';
import { t, lang, setLang } from '../i18n.js';
import { h, field, form } from '../ui.js';

export function signIn(message, done) {
  const f = form('signin', [
    field('tenant', t('signin.tenant'), { hint: t('signin.tenantHint'), attrs: { autocomplete: 'organization' } }),
    field('username', t('signin.username'), { required: true, attrs: { autocomplete: 'username' } }),
    field('password', t('signin.password'), { type: 'password', required: true, attrs: { autocomplete: 'current-password' } }),
  ], t('signin.submit'), async (v) => {
    const token = await post('/auth/token', { tenant: v.tenant || null, username: v.username || '', password: v.password || '' });
    if (start(token.accessToken).tenant) remember((await get(branch('', ''))).zone);
  }, done);
  const switcher = h('button', { type: 'button', class: 'link', id: 'lang', onclick: () => { setLang(lang() === 'en' ? 'zh' : 'en'); location.reload(); } },
    t('lang.switch'));
  return h('div', { class: 'signin' }, h('h1', {}, t('app.name')), switcher, message, h('h2', {}, t('signin.title')), f);
}
