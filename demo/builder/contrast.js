// The live contrast check: WCAG 2.2 contrast ratios between the text colours and
// their backgrounds as the look sets them, falling back the way the elements do.

/** WCAG relative luminance of an sRGB colour with channels 0-255. */
export function luminance([r, g, b]) {
  const linear = (channel) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG contrast ratio of two opaque sRGB colours, from 1 to 21. */
export function contrastRatio(a, b) {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** AA for normal-size text. */
export const minimumRatio = 4.5;

let probe;
let context;

/**
 * Any CSS colour (names, hex, rgb(), hsl(), oklch(), system colours) as
 * [r, g, b, alpha] in sRGB, or undefined when the browser does not know it.
 * The browser resolves it (computed style, then a 1-pixel canvas), so the check
 * reads colours exactly as the page will.
 */
export function resolveColor(value) {
  const v = value?.trim();
  if (!v || /^(inherit|initial|unset|revert|currentcolor)$/i.test(v) || !CSS.supports('color', v))
    return undefined;
  if (!probe) {
    probe = document.createElement('span');
    probe.hidden = true;
    document.body.append(probe);
    context = document.createElement('canvas').getContext('2d', {willReadFrequently: true});
  }
  probe.style.setProperty('color', v);
  const computed = getComputedStyle(probe).color;
  context.clearRect(0, 0, 1, 1);
  context.fillStyle = computed;
  context.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = context.getImageData(0, 0, 1, 1).data;
  // The canvas stores premultiplied colour: a transparent pixel carries no colour.
  return a === 0 ? [0, 0, 0, 0] : [r, g, b, a / 255];
}

/** `top` painted over the opaque `bottom`. */
const over = (top, bottom) => {
  const alpha = top[3] ?? 1;
  return [0, 1, 2].map((i) => top[i] * alpha + bottom[i] * (1 - alpha));
};

/**
 * Text and background pairs, each with the properties it reads in order (the
 * elements fall back to the page's text colour or background where one is unset).
 * `owner` is the property that makes a pair relevant: the pair is checked only when
 * an element on the page declares it.
 */
const pairs = [
  {id: 'text', owner: '--bm-text-color', text: ['--bm-text-color'], background: []},
  {
    id: 'heading',
    owner: '--bm-heading-color',
    text: ['--bm-heading-color', '--bm-text-color'],
    background: [],
  },
  {id: 'link', owner: '--bm-link-color', text: ['--bm-link-color', '--bm-text-color'], background: []},
  {id: 'term', owner: '--bm-term-color', text: ['--bm-term-color', '--bm-text-color'], background: []},
  {
    id: 'emergency',
    owner: '--bm-emergency-color',
    text: ['--bm-emergency-color', '--bm-text-color'],
    background: ['--bm-emergency-background'],
  },
  {
    id: 'tip',
    owner: '--bm-tip-color',
    text: ['--bm-tip-color'],
    background: ['--bm-tip-background'],
    // Their defaults are the system colours Canvas and CanvasText.
    defaults: ['CanvasText', 'Canvas'],
  },
  {
    id: 'button',
    owner: '--bm-button-color',
    text: ['--bm-button-color', '--bm-text-color'],
    background: ['--bm-button-background'],
  },
  {
    id: 'card',
    owner: '--bm-card-background',
    text: ['--bm-text-color'],
    background: ['--bm-card-background'],
  },
  {
    id: 'header',
    owner: '--bm-header-background',
    text: ['--bm-text-color'],
    background: ['--bm-header-background'],
  },
];

/**
 * The ratio of every relevant pair for a look: `look` maps --bm-* properties to
 * values, `page` holds the page's own text colour and background, `declared` the
 * properties the rendered elements declare.
 */
export function checkContrast(look, page, declared) {
  const first = (names) => names.map((name) => resolveColor(look[name])).find(Boolean);
  const pageBackground = over(resolveColor(page.background) ?? [255, 255, 255, 1], [255, 255, 255]);
  const pageText = resolveColor(page.color) ?? [26, 26, 26, 1];
  return pairs
    .filter((pair) => declared.has(pair.owner))
    .map((pair) => {
      const [textDefault, backgroundDefault] = pair.defaults ?? [];
      const backgroundColor = first(pair.background) ?? resolveColor(backgroundDefault);
      const background = backgroundColor ? over(backgroundColor, pageBackground) : pageBackground;
      const textColor = first(pair.text) ?? resolveColor(textDefault) ?? pageText;
      const ratio = contrastRatio(over(textColor, background), background);
      return {id: pair.id, ratio, passes: ratio >= minimumRatio};
    });
}

/** A ratio as WCAG tools show it: rounded down to two decimals, so 4.499 never reads 4.5. */
export const formatRatio = (ratio, locale) =>
  (Math.floor(ratio * 100) / 100).toLocaleString(locale, {maximumFractionDigits: 2});
