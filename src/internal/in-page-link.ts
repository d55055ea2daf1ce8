/**
 * Fragment links cannot reach into shadow DOM, so a plain click (or Enter) on
 * one of our in-page links scrolls to its target in `root` and focuses it: the
 * next Tab continues from there. Modified and non-primary clicks keep the
 * browser's behaviour. The id is read from the attribute, not `hash`, which
 * would percent-encode a letter such as "骨".
 */
export function followInPageLink(event: MouseEvent, root: DocumentFragment): void {
  if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
  const id = (event.currentTarget as HTMLAnchorElement).getAttribute('href')!.slice(1);
  const target = root.getElementById(id);
  if (!target) return;
  event.preventDefault();
  target.tabIndex = -1;
  target.scrollIntoView({block: 'start'});
  target.focus({preventScroll: true});
}
