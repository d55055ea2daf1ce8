// Small form pieces the builder's steps share: a hint, an error, a radio with its hint.
import {html, nothing} from 'lit-html';

export const hint = (id, text) => html`<p class="hint" id=${id}>${text}</p>`;
export const error = (id, text) => (text ? html`<p class="error" id=${id}>${text}</p>` : nothing);

/** One radio in a group, with its hint under it. */
export function radio(app, name, value, label, description, {disabled = false} = {}) {
  const id = `${name}-${value}`;
  return html`<div class="choice">
    <input
      type="radio"
      id=${id}
      name=${name}
      .value=${value}
      .checked=${app.state[name] === value}
      ?disabled=${disabled}
      aria-describedby=${`${id}-hint`}
      @change=${() => app.update({[name]: value})}
    />
    <label for=${id}>${label}</label>
    ${hint(`${id}-hint`, description)}
  </div>`;
}
