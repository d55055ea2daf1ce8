import {html, nothing, type PropertyValues} from 'lit';
import {BoneMetsElement} from '../../internal/bone-mets-element.js';
import {glossaryEntry} from '../../content/glossary.js';
import {localeAttributes} from '../../localization.js';
import {warnOnce} from '../../internal/warn.js';
import {baseStyles} from '../../internal/base-styles.js';
import {styles} from './glossary-term.styles.js';
import {printedDefinition} from './printed-definition.js';

/** Detail of the `glossary-term-open` event. */
export interface GlossaryTermOpenDetail {
  /** The glossary key of the opened term, e.g. `osteoclast`. */
  term: string;
}

// Guarded: modules must import in Node (server rendering), where there is no HTMLElement.
const supportsPopover =
  typeof HTMLElement !== 'undefined' && typeof HTMLElement.prototype.showPopover === 'function';

/**
 * A medical word inside a sentence that a reader can open to see its
 * plain-language definition in a toggletip.
 *
 * Click, tap, Enter or Space opens the definition; Escape, a click elsewhere,
 * the term again or moving keyboard focus on closes it, and focus stays on the
 * term. The definition sits in the top layer (Popover API), so
 * `overflow: hidden` or transformed ancestors cannot clip it, and CSS anchor
 * positioning keeps it beside the term and on screen. Its DOM is only created
 * the first time the term is opened. Printed, the term is followed by the
 * first sentence of its definition in brackets.
 *
 * The word stays ordinary text of the sentence, so it wraps with it (a button
 * is an atomic inline: punctuation next to one can break onto its own line).
 * The keyboard and screen readers meet a real button laid over the word,
 * named by it.
 *
 * @tagname glossary-term
 * @summary A glossary word that opens its plain-language definition.
 *
 * @slot - The word as written in the sentence. Empty: the term's name in the active locale.
 *
 * @csspart term - The word, underlined to show it opens a definition.
 * @csspart definition - The toggletip that holds the definition.
 *
 * @cssprop [--bm-term-color=inherit] - Colour of the word.
 * @cssprop [--bm-term-underline-color=currentColor] - Colour of the dotted underline that marks a term.
 * @cssprop [--bm-focus-color=currentColor] - Colour of the keyboard focus ring.
 * @cssprop [--bm-tip-background=Canvas] - Background of the definition.
 * @cssprop [--bm-tip-color=CanvasText] - Text colour of the definition.
 * @cssprop [--bm-tip-border-color=currentColor] - Border of the definition.
 * @cssprop [--bm-tip-max-width=20em] - Widest the definition gets.
 *
 * @fires {CustomEvent<GlossaryTermOpenDetail>} glossary-term-open - The reader opened a definition. Bubbles and is composed, so a host page can count which terms readers open.
 */
export class GlossaryTerm extends BoneMetsElement {
  static override styles = [baseStyles, styles];
  static override messageGroups = ['glossary'] as const;

  static override get properties() {
    return {
      term: {type: String, reflect: true},
      plain: {type: Boolean, reflect: true},
      _open: {state: true, attribute: false},
      _tipCreated: {state: true, attribute: false},
    };
  }

  /**
   * Glossary key: a kebab-case English slug such as `spinal-cord-compression`.
   * @type {GlossaryKey}
   */
  term = '';

  /** Show the words only, without opening a definition: for a repeat use of a term already linked above. */
  plain = false;

  /** Whether the definition is showing. */
  private _open = false;

  /** Whether the toggletip DOM exists yet (created on first open). */
  private _tipCreated = false;

  /** The latest of show() and hide() wins, even while show() waits for a render. */
  private _wanted = false;

  /** Whether the definition was open when the pointer went down on the word. */
  private _openAtPress?: boolean;

  private get _tip() {
    return this.renderRoot.querySelector<HTMLElement>('[part="definition"]');
  }

  override render() {
    const entry = glossaryEntry(this.term);
    if (!entry) {
      // Unknown or missing key: the words stay in the sentence, plainly.
      return html`<slot>${this.term}</slot>`;
    }
    const {lang, dir} = localeAttributes();
    // The localized name is only needed when the page gave no words: most terms
    // have words, and skipping it keeps a page of many terms cheap. A server cannot
    // see the words, so server-rendered terms carry the name as the slot's fallback.
    const name =
      this.interactive && this.textContent!.trim()
        ? nothing
        : html`<span lang=${lang} dir=${dir}>${entry.name()}</span>`;
    // Plain words: a repeat use, and what a server renders (no script, no definition to open).
    if (this.plain || !this.interactive) return html`<slot>${name}</slot>`;
    // The button comes first so `button:focus-visible + [part=term]` can ring the word.
    return html`<button
        type="button"
        aria-labelledby="word"
        aria-expanded=${this._open ? 'true' : 'false'}
        aria-controls=${this._tipCreated ? 'definition' : nothing}
        popovertarget=${this._tipCreated && supportsPopover ? 'definition' : nothing}
        @click=${this._onClick}
        @focusout=${this._onFocusOut}
      ></button
      ><span
        id="word"
        part="term"
        aria-hidden="true"
        data-definition=${printedDefinition(entry.definition())}
        @pointerdown=${this._onWord}
        @click=${this._onWord}
        ><slot>${name}</slot></span
      >${
        this._tipCreated
          ? html`<div
              id="definition"
              part="definition"
              role="status"
              lang=${lang}
              dir=${dir}
              popover=${supportsPopover ? 'auto' : nothing}
              ?hidden=${!supportsPopover && !this._open}
              @beforetoggle=${this._onToggle}
              @toggle=${this._onToggle}
            >
              ${this._open ? entry.definition() : nothing}
            </div>`
          : nothing
      }`;
  }

  override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('term')) {
      if (!this.term) {
        warnOnce('term:missing', '<glossary-term> needs a term attribute, e.g. term="osteoclast".');
      } else if (!glossaryEntry(this.term)) {
        warnOnce(
          `term:${this.term}`,
          `<glossary-term term="${String(this.term)}">: no such glossary term; showing the text without a definition.`
        );
      }
      if (!glossaryEntry(this.term)) this.hide();
    }
    if (changed.has('plain') && this.plain) this.hide();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    // A removed popover closes without events: forget it, and drop the fallback's listeners.
    this._wanted = false;
    this._setOpen(false);
  }

  /** Open the definition. Resolves once it shows (or once a later `hide()` or removal made that moot). */
  async show() {
    if (this.plain || !glossaryEntry(this.term)) return;
    this._wanted = true;
    this._tipCreated = true;
    await this.updateComplete;
    if (!this._wanted || this._open || !this.isConnected) return;
    if (supportsPopover) this._tip?.showPopover();
    else this._setOpen(true);
  }

  /** Close the definition. */
  hide() {
    this._wanted = false;
    if (!this._open) return;
    if (supportsPopover) this._tip?.hidePopover();
    else this._setOpen(false);
  }

  private _onClick(event: MouseEvent) {
    // Once the toggletip exists, popovertarget makes the button its invoker:
    // the platform toggles it, and a click on the term is not a light dismiss.
    if (this._tipCreated && supportsPopover) return;
    // First open: the toggletip is created now. Cancel the click's default
    // action so the popovertarget rendered meanwhile cannot toggle it again.
    event.preventDefault();
    this._toggle(this._open);
  }

  // The button lies over the word, but a word wrapped onto two lines sticks out
  // of it. A press there is outside the popover's invoker, so the platform
  // light-dismisses an open definition before the click: remember the state the
  // press began in, so that click closes it instead of reopening it.
  private _onWord(event: Event) {
    if (event.type === 'pointerdown') {
      this._openAtPress = this._open;
    } else {
      this._toggle(this._openAtPress ?? this._open);
      this._openAtPress = undefined;
    }
  }

  private _toggle(wasOpen: boolean) {
    if (wasOpen) this.hide();
    else void this.show();
  }

  // Focus moving on to another control closes the definition, so it never covers
  // what has focus now (WCAG 2.4.11). Focus going nowhere (a tap on the text of
  // the definition, another window) leaves it open.
  private _onFocusOut(event: FocusEvent) {
    const next = event.relatedTarget as Node | null;
    if (next && !this.contains(next) && !this.renderRoot.contains(next)) this.hide();
  }

  // beforetoggle sets the state; the open event waits for toggle, once the
  // popover has opened, because a listener may remove the term.
  private _onToggle(event: ToggleEvent) {
    const open = event.newState === 'open';
    if (event.type === 'beforetoggle') this._setOpen(open);
    else if (open && this._open) this._announceOpen();
  }

  private _setOpen(open: boolean) {
    if (open === this._open) return;
    this._open = open;
    if (supportsPopover) return;
    // Without the Popover API, the light dismiss the platform would give is ours to do.
    for (const type of ['keydown', 'click', 'glossary-term-open']) {
      if (open) document.addEventListener(type, this._onDocumentEvent, true);
      else document.removeEventListener(type, this._onDocumentEvent, true);
    }
    if (open) this._announceOpen();
  }

  private _announceOpen() {
    this.dispatchEvent(
      new CustomEvent<GlossaryTermOpenDetail>('glossary-term-open', {
        bubbles: true,
        composed: true,
        detail: {term: this.term},
      })
    );
  }

  // Only used where the Popover API is missing: Escape, a click outside the
  // term and its definition, or another term opening (from any copy of the
  // library) closes this one.
  private _onDocumentEvent = (event: Event) => {
    if (event.type === 'keydown') {
      if ((event as KeyboardEvent).key === 'Escape') this.hide();
    } else if (!event.composedPath().includes(this)) {
      this.hide();
    }
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'glossary-term': GlossaryTerm;
  }
  interface GlobalEventHandlersEventMap {
    'glossary-term-open': CustomEvent<GlossaryTermOpenDetail>;
  }
}
