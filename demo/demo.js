// Demo only: the language switcher. It sets <html lang>, which every element follows.
import {allLocales} from '../dist/bone-mets-elements.js';

const select = document.getElementById('language');
for (const code of allLocales) {
  // Each language named in its own script, so a reader can find theirs.
  const name = new Intl.DisplayNames([code], {type: 'language'}).of(code) ?? code;
  select.append(new Option(`${name.charAt(0).toLocaleUpperCase(code)}${name.slice(1)} (${code})`, code));
}
const saved = new URLSearchParams(location.search).get('lang');
if (saved) document.documentElement.lang = saved;
select.value = document.documentElement.lang;
select.addEventListener('change', () => {
  document.documentElement.lang = select.value;
  document.documentElement.dir = new Intl.Locale(select.value).textInfo?.direction ?? 'ltr';
  history.replaceState(null, '', `?lang=${select.value}`);
});
