// <glossary-term>: one export per state, each in English and in Spanish.
// The Spanish exports pin the "Locale" global; the English ones follow the toolbar.
import {html, type TemplateResult} from 'lit';
import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {glossary} from '../src/content/glossary.js';
import '../src/components/glossary-term/glossary-term.define.js';
import type {GlossaryTerm} from '../src/components/glossary-term/glossary-term.js';

interface Args {
  /** Glossary key. */
  term: string;
}

type Story = StoryObj<Args>;
type Locale = 'en' | 'es';

const meta: Meta<Args> = {
  title: 'glossary-term',
  component: 'glossary-term',
  args: {term: 'osteoclast'},
  argTypes: {term: {control: 'select', options: [...Object.keys(glossary), 'no-such-term']}},
};
export default meta;

const spanish = {locale: 'es'};
/** For stories whose words are fixed: the `term` control would do nothing there. */
const fixedWords = {controls: {disable: true}};

/** Demo text around the element, in the story's locale (the element's own text comes from the locale). */
const text = (locale: Locale, en: TemplateResult, es: TemplateResult) => (locale === 'es' ? es : en);

/** Opens the first term after render, as a click would. */
const openFirstTerm: Story['play'] = async ({canvasElement}) => {
  const el = canvasElement.querySelector<GlossaryTerm>('glossary-term');
  await el?.updateComplete;
  await el?.show();
};

const sentence = (locale: Locale) =>
  text(
    locale,
    html`<p>
      Bone is rebuilt all the time: <glossary-term term="osteoclast">osteoclasts</glossary-term> break old
      bone down and <glossary-term term="osteoblast">osteoblasts</glossary-term> build new bone.
    </p>`,
    html`<p>
      El hueso se renueva todo el tiempo: los
      <glossary-term term="osteoclast">osteoclastos</glossary-term> desgastan el hueso viejo y los
      <glossary-term term="osteoblast">osteoblastos</glossary-term> forman hueso nuevo.
    </p>`
  );

/** The term as written in a sentence (slotted text), closed. */
export const InSentence: Story = {
  parameters: fixedWords,
  render: (_args, {globals}) => sentence(globals.locale),
};
export const InSentenceSpanish: Story = {...InSentence, globals: spanish};

/** No slotted text: the element shows the term's name in the active locale. Pick any term in Controls. */
export const NoSlottedText: Story = {
  render: ({term}, {globals}) =>
    text(
      globals.locale,
      html`<p>Ask your care team about <glossary-term term=${term}></glossary-term>.</p>`,
      html`<p>
        Pregúntele a su equipo de atención médica sobre <glossary-term term=${term}></glossary-term>.
      </p>`
    ),
};
export const NoSlottedTextSpanish: Story = {...NoSlottedText, globals: spanish};

/** The definition open (opened by the story's play function through the public `show()`). */
export const Open: Story = {
  parameters: fixedWords,
  render: (_args, {globals}) => sentence(globals.locale),
  play: openFirstTerm,
};
export const OpenSpanish: Story = {...Open, globals: spanish};

/** A key the glossary lacks: the words stay in the sentence, plainly, with one console warning. */
export const UnknownTerm: Story = {
  args: {term: 'no-such-term'},
  render: ({term}, {globals}) =>
    text(
      globals.locale,
      html`<p>Some cancers cause <glossary-term term=${term}>bone pain at night</glossary-term>.</p>`,
      html`<p>
        Algunos tipos de cáncer causan <glossary-term term=${term}>dolor de huesos de noche</glossary-term>.
      </p>`
    ),
};
export const UnknownTermSpanish: Story = {...UnknownTerm, globals: spanish};

/** Inside a small box with `overflow: hidden` and a transform: the open definition is not clipped. */
export const InsideOverflowHidden: Story = {
  parameters: fixedWords,
  render: (_args, {globals}) =>
    html`<div
      style="overflow: hidden; transform: translateX(0); inline-size: 16rem; block-size: 3.5rem;
      padding: 0.5rem; border: 2px dashed gray;"
    >
      ${text(
        globals.locale,
        html`Damaged bone is broken down by <glossary-term term="osteoclast">osteoclasts</glossary-term>.`,
        html`El hueso dañado lo desgastan los <glossary-term term="osteoclast">osteoclastos</glossary-term>.`
      )}
    </div>`,
  play: openFirstTerm,
};
export const InsideOverflowHiddenSpanish: Story = {...InsideOverflowHidden, globals: spanish};

/** A 320 px column, as on a small phone: the sentence wraps and the open definition stays on screen. */
export const Narrow320: Story = {
  args: {term: 'spinal-cord-compression'},
  render: ({term}, {globals}) =>
    html`<div style="inline-size: 320px; outline: 1px dotted gray;">
      ${text(
        globals.locale,
        html`<p>
          New back pain with weak legs can be a sign of
          <glossary-term term=${term}></glossary-term>. Call your care team right away.
        </p>`,
        html`<p>
          Un dolor de espalda nuevo con debilidad en las piernas puede ser una señal de
          <glossary-term term=${term}></glossary-term>. Llame a su equipo de atención médica de inmediato.
        </p>`
      )}
    </div>`,
  play: openFirstTerm,
};
export const Narrow320Spanish: Story = {...Narrow320, globals: spanish};

/**
 * A narrow column where words next to brackets and full stops reach the line's end: the word wraps
 * with its sentence like ordinary text ("(" and "." stay on its line) and a long term may break
 * between its words. Tab to a word to see the focus ring drawn round it, line by line.
 */
export const WrapsWithItsSentence: Story = {
  parameters: fixedWords,
  render: (_args, {globals}) =>
    html`<div style="inline-size: 11em; outline: 1px dotted gray;">
      ${text(
        globals.locale,
        html`<p>
          Cold can destroy a tumor (<glossary-term term="cryoablation">cryoablation</glossary-term>). Back
          pain with weak legs can mean
          <glossary-term term="spinal-cord-compression">spinal cord compression</glossary-term>.
        </p>`,
        html`<p>
          El frío puede destruir un tumor (<glossary-term term="cryoablation">crioablación</glossary-term>).
          El dolor de espalda con piernas débiles puede indicar
          <glossary-term term="spinal-cord-compression">compresión de la médula espinal</glossary-term>.
        </p>`
      )}
    </div>`,
};
export const WrapsWithItsSentenceSpanish: Story = {...WrapsWithItsSentence, globals: spanish};
