// Demo only: loads the bundle and runs the language switcher. The switcher sets
// <html lang> (and dir), which every element follows. ?pseudo loads the test
// build that adds the pseudo-locales en-XA and ar-XB.
const params = new URLSearchParams(location.search);
const bundle = params.has('pseudo') ? '../dist/dev/bone-mets-elements.js' : '../dist/bone-mets-elements.js';
const {allLocales, localeDirection} = await import(bundle);

const select = document.getElementById('language');
for (const code of allLocales) {
  // Each language named in its own language and script, so a reader can find theirs.
  const name = new Intl.DisplayNames([code], {type: 'language', fallback: 'code'}).of(code) ?? code;
  select.append(new Option(`${name.charAt(0).toLocaleUpperCase(code)}${name.slice(1)} (${code})`, code));
}

function apply(code) {
  document.documentElement.lang = code;
  document.documentElement.dir = localeDirection(code);
}

apply(params.get('lang') ?? document.documentElement.lang);
select.value = document.documentElement.lang;
select.addEventListener('change', () => {
  apply(select.value);
  params.set('lang', select.value);
  history.replaceState(null, '', `?${params}`);
});
