import {html, nothing, type PropertyValues} from 'lit';
import {BoneMetsElement} from '../../internal/bone-mets-element.js';
import {glossaryEntry} from '../../content/glossary.js';
import {localeAttributes} from '../../localization.js';
import {warnOnce} from '../../internal/warn.js';
import {baseStyles} from '../../internal/base-styles.js';
import {styles} from './glossary-term.styles.js';

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
 * Click, tap, Enter or Space opens the definition; Escape, a click elsewhere or
 * the term again closes it, and focus stays on the term. The definition sits in
 * the top layer (Popover API), so `overflow: hidden` or transformed ancestors
 * cannot clip it, and CSS anchor positioning keeps it beside the term and on screen. Its
 * DOM is only created the first time the term is opened. Printed, the term is
 * followed by its definition in brackets.
 *
 * @tagname glossary-term
 * @summary A glossary word that opens its plain-language definition.
 *
 * @slot - The word as written in the sentence. Empty: the term's name in the active locale.
 *
 * @csspart term - The button that wraps the word.
 * @csspart definition - The toggletip that holds the definition.
 *
 * @cssprop [--bm-term-color=inherit] - Colour of the word.
 * @cssprop [--bm-term-underline-color=currentColor] - Colour of the dotted underline that marks a term.
 * @cssprop [--bm-focus-color=currentColor] - Colour of the keyboard focus ring.
 * @cssprop [--bm-tip-background=Canvas] - Background of the definition.
 * @cssprop [--bm-tip-color=CanvasText] - Text colour of the definition.
 * @cssprop [--bm-tip-border-color=currentColor] - Border of the definition.
 * @cssprop [--bm-tip-max-width=20rem] - Widest the definition gets.
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
    // have words, and skipping it keeps a page of many terms cheap.
    const name = this.textContent!.trim()
      ? nothing
      : html`<span lang=${lang} dir=${dir}>${entry.name()}</span>`;
    if (this.plain) return html`<slot>${name}</slot>`;
    return html`<button
        part="term"
        type="button"
        aria-expanded=${this._open ? 'true' : 'false'}
        aria-controls=${this._tipCreated ? 'definition' : nothing}
        popovertarget=${this._tipCreated && supportsPopover ? 'definition' : nothing}
        data-definition=${entry.definition()}
        @click=${this._onClick}
      >
        <slot>${name}</slot></button
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
              @beforetoggle=${this._onBeforeToggle}
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
          `<glossary-term term="${this.term}">: no such glossary term; showing the text without a definition.`
        );
      }
      if (this._open && !glossaryEntry(this.term)) this.hide();
    }
    if (changed.has('plain') && this.plain) this.hide();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this._open = false;
  }

  /** Open the definition. */
  async show() {
    if (this._open || this.plain || !glossaryEntry(this.term)) return;
    this._tipCreated = true;
    await this.updateComplete;
    if (supportsPopover) {
      this._tip?.showPopover();
    } else {
      this._setOpen(true);
    }
  }

  /** Close the definition. */
  hide() {
    if (!this._open) return;
    if (supportsPopover) {
      this._tip?.hidePopover();
    } else {
      this._setOpen(false);
    }
  }

  private _onClick(event: MouseEvent) {
    // Once the toggletip exists, popovertarget makes the button its invoker:
    // the platform toggles it, and a click on the term is not a light dismiss.
    if (this._tipCreated && supportsPopover) return;
    // First open: the toggletip is created now. Cancel the click's default
    // action so the popovertarget rendered meanwhile cannot toggle it again.
    event.preventDefault();
    if (this._open) this.hide();
    else void this.show();
  }

  private _onBeforeToggle(event: ToggleEvent) {
    this._setOpen(event.newState === 'open');
  }

  private _setOpen(open: boolean) {
    if (open === this._open) return;
    this._open = open;
    if (open) {
      if (!supportsPopover) document.addEventListener('keydown', this._onDocumentKeydown);
      this.dispatchEvent(
        new CustomEvent<GlossaryTermOpenDetail>('glossary-term-open', {
          bubbles: true,
          composed: true,
          detail: {term: this.term},
        })
      );
    } else {
      document.removeEventListener('keydown', this._onDocumentKeydown);
    }
  }

  // Only used where the Popover API is missing; popovers close on Escape themselves.
  private _onDocumentKeydown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') this.hide();
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
