import {html, svg} from 'lit';
import type {SiteKey} from '../../content/overview.js';

/*
 * A simple front-view skeleton with numbered markers. The drawing holds no words,
 * only numbers, so it needs no translation; the names are in the HTML list that
 * the element shows beside it. Colours come from CSS (never fill/stroke
 * attributes) so forced-colors mode and --bm-accent-color can change them.
 *
 * The drawing is never mirrored in right-to-left pages: it is a body seen from
 * the front, and its left and right are the body's own, in any language.
 *
 * Presentation attributes give the drawing its shape where our styles do not
 * apply (server-rendered HTML on a page whose CSP blocks inline styles); any CSS
 * rule, forced colours included, overrides them.
 */

/** Where each site's marker points (x, y in the viewBox) and on which side of the body its number sits. */
const markers: Record<SiteKey, {x: number; y: number; side: 'left' | 'right'}> = {
  skull: {x: 85, y: 22, side: 'left'},
  humerus: {x: 133, y: 90, side: 'right'},
  ribs: {x: 78, y: 100, side: 'left'},
  spine: {x: 100, y: 138, side: 'right'},
  pelvis: {x: 85.5, y: 179.5, side: 'left'},
  femur: {x: 113, y: 210, side: 'right'},
};

/** Radius of the ring around a number; the leader line starts at its edge. */
const ring = 10;

const bones = svg`<g class="bones" fill="none" stroke="currentColor" stroke-width="3" stroke-linecap="round">
  <ellipse cx="100" cy="28" rx="16" ry="19" />
  <path class="spine" d="M100 50V156" />
  <path d="M72 64Q100 54 128 64M96 74q-26-2-22 12M104 74q26-2 22 12M96 86q-26-2-22 12M104 86q26-2 22 12M96 98q-26-2-22 12M104 98q26-2 22 12M96 110q-22-2-18 10M104 110q22-2 18 10M72 66 62 116 56 160M128 66 138 116 144 160M90 182 84 236M110 182 116 236M84 242V280H74M116 242V280H126" />
  <path d="M78 164Q82 150 100 156Q118 150 122 164Q118 184 100 186Q82 184 78 164Z" />
  <circle cx="55" cy="166" r="5" />
  <circle cx="145" cy="166" r="5" />
</g>`;

function marker(key: SiteKey, number: number) {
  const {x, y, side} = markers[key];
  const labelX = side === 'left' ? 16 : 184;
  const lineStart = side === 'left' ? labelX + ring : labelX - ring;
  return svg`<g class="marker" data-site=${key}>
    <path class="leader" d="M${lineStart} ${y}H${x}" stroke="currentColor" />
    <circle class="dot" cx=${x} cy=${y} r="4" fill="currentColor" />
    <circle class="ring" cx=${labelX} cy=${y} r=${ring} fill="none" stroke="currentColor" />
    <text x=${labelX} y=${y} dy="0.35em" text-anchor="middle" font-size="12">${number}</text>
  </g>`;
}

/**
 * The skeleton drawing, numbering `sites` 1, 2, 3... in the order given. Hidden
 * from assistive technology: the numbered list of names is its text alternative.
 */
export function skeletonFigure(sites: readonly SiteKey[]) {
  return html`<svg part="skeleton" viewBox="0 0 200 290" width="200" height="290" aria-hidden="true">
    ${bones}${sites.map((key, index) => marker(key, index + 1))}
  </svg>`;
}
