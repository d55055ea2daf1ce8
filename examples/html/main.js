// Both events bubble and are composed: one listener on the page hears every element,
// including the words and the comparison inside <bone-mets-article>.
const events = document.querySelector('#events');
const log = (line) => events.append(Object.assign(document.createElement('li'), {textContent: line}));

document.addEventListener('glossary-term-open', (event) => log(`glossary-term-open: ${event.detail.term}`));
document.addEventListener('treatment-compare-change', (event) =>
  log(`treatment-compare-change: ${event.detail.options.join(', ')}`)
);
