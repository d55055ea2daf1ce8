// The live preview: a same-origin iframe holding a blank page (preview.html) into
// which the builder puts exactly what the snippet puts on a hospital page: the
// bundle the snippet loads (the one-language file, or the every-language one),
// the element markup, the stylesheet rules and the page's lang and dir. So a
// one-language preview shows what the one-language bundle shows, and nothing of
// the builder's own page reaches it. The frame is reloaded only when the bundle
// changes (a module cannot be unloaded); everything else is updated in place.

export class Preview {
  /** Resolves when the preview shows the latest view, rendered. */
  ready = Promise.resolve();
  /** Called with true while the preview is loading or rendering, then false. */
  onBusy = () => {};
  #frame;
  #bundle;
  #wanted;
  #shown = {};
  #running = false;
  #failed = false;
  #scroll = 0;

  /** Hands the preview its iframe (again after a re-render; the same frame is kept). */
  connect(frame) {
    if (!frame || frame === this.#frame) return;
    this.#frame = frame;
    this.#bundle = undefined;
    if (this.#wanted) this.show(this.#wanted);
  }

  /** view: {bundle (URL), lang, dir, markup, css}. */
  show(view) {
    this.#wanted = view;
    if (!this.#frame || this.#running) return this.ready;
    this.#running = true;
    this.onBusy(true);
    this.ready = this.#run().finally(() => {
      this.#running = false;
      this.onBusy(false);
    });
    return this.ready;
  }

  async #run() {
    // Loop: the view may change while the frame loads or the elements render.
    for (;;) {
      const view = this.#wanted;
      if (view.bundle !== this.#bundle) {
        await this.#load(view.bundle);
        this.#shown = {};
      }
      this.#apply(view);
      await this.#rendered();
      if (this.#wanted === view) return;
    }
  }

  #load(bundle) {
    const frame = this.#frame;
    return new Promise((resolve) => {
      frame.addEventListener(
        'load',
        () => {
          const doc = frame.contentDocument;
          // The page's language first: a one-language bundle warns when the page is in another.
          doc.documentElement.lang = this.#wanted.lang;
          doc.documentElement.dir = this.#wanted.dir;
          const script = doc.createElement('script');
          script.type = 'module';
          script.src = bundle;
          this.#failed = false;
          script.addEventListener('load', resolve, {once: true});
          script.addEventListener(
            'error',
            () => {
              this.#failed = true;
              resolve();
            },
            {once: true}
          );
          doc.head.append(script);
          this.#bundle = bundle;
        },
        {once: true}
      );
      frame.src = `preview.html?bundle=${encodeURIComponent(new URL(bundle).pathname)}`;
    });
  }

  #apply(view) {
    const win = this.#frame.contentWindow;
    const doc = this.#frame.contentDocument;
    const root = doc.documentElement;
    if (root.lang !== view.lang) root.lang = view.lang;
    if (root.dir !== view.dir) root.dir = view.dir;
    if (this.#shown.css !== view.css) {
      // A constructed stylesheet: the strict CSP allows it, as it allows the host's stylesheet file.
      const sheet = new win.CSSStyleSheet();
      sheet.replaceSync(view.css);
      doc.adoptedStyleSheets = [sheet];
    }
    if (this.#shown.markup !== view.markup) {
      this.#scroll = doc.scrollingElement?.scrollTop ?? 0;
      const template = doc.createElement('template');
      template.innerHTML = view.markup;
      doc.body.replaceChildren(template.content);
    }
    this.#shown = view;
  }

  async #rendered() {
    if (this.#failed) return;
    const doc = this.#frame.contentDocument;
    const elements = [...doc.body.querySelectorAll('*')].filter((el) => el.localName.includes('-'));
    await Promise.all(elements.map((el) => doc.defaultView.customElements.whenDefined(el.localName)));
    await Promise.all(elements.map((el) => el.updateComplete));
    if (doc.scrollingElement && this.#scroll) doc.scrollingElement.scrollTop = this.#scroll;
  }
}

/**
 * Sizes the frame to the chosen width and scales it down to fit its stage, so a
 * desktop preview fits a phone screen and a phone preview a 320 px one.
 */
export function fitFrame(stage, frame, width, height = 640) {
  // The stage is never wider than the frame (plus its 1 px borders), so its width gives the scale.
  stage.style.setProperty('max-inline-size', `${width + 2}px`);
  const scale = Math.min(1, stage.clientWidth / width) || 1;
  frame.style.setProperty('inline-size', `${width}px`);
  frame.style.setProperty('block-size', `${Math.round(height / scale)}px`);
  frame.style.setProperty('transform', `scale(${scale})`);
  stage.style.setProperty('block-size', `${height}px`);
}
