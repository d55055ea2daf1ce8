// npm run i18n:report: per locale, how many messages are translated and how the
// translation was made and reviewed (locales/status.json).
import {readFileSync, existsSync} from 'node:fs';

const config = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
const {locales: status} = JSON.parse(readFileSync('locales/status.json', 'utf8'));
const names = new Intl.DisplayNames(['en'], {type: 'language'});

const rows = config.targetLocales
  .filter((l) => !['en-XA', 'ar-XB'].includes(l))
  .map((locale) => {
    const file = `${config.interchange.xliffDir}/${locale}.xlf`;
    const xliff = existsSync(file) ? readFileSync(file, 'utf8') : '';
    const units = [...xliff.matchAll(/<trans-unit [\s\S]*?<\/trans-unit>/g)].map(([u]) => u);
    const translated = units.filter((u) => /<target>[\s\S]*?\S[\s\S]*?<\/target>/.test(u)).length;
    const s = status[locale] ?? {};
    return {
      locale,
      language: names.of(locale),
      translated: `${translated}/${units.length}`,
      coverage: units.length ? `${((100 * translated) / units.length).toFixed(1)}%` : '—',
      method: s.method ?? 'unknown',
      'medical review': s.reviewedBy ? `${s.reviewedBy}, ${s.reviewedOn}` : 'not yet',
    };
  });
console.table(rows);
const missing = rows.filter((r) => r.coverage !== '100.0%');
console.log(
  missing.length
    ? `${missing.length} locale(s) incomplete: readers see English for the missing messages.`
    : 'Every locale is complete.'
);
const unreviewed = rows.filter((r) => r['medical review'] === 'not yet').length;
if (unreviewed) console.log(`${unreviewed} locale(s) not yet reviewed by a qualified medical translator.`);
