// Angular renders our tags as custom elements once a component allows them
// (CUSTOM_ELEMENTS_SCHEMA) and listens to their events with (event)="...".
import {CUSTOM_ELEMENTS_SCHEMA, Component, signal} from '@angular/core';
import 'bone-mets-elements/bone-mets-article.js';
import 'bone-mets-elements/glossary-term.js';
import type {GlossaryTermOpenDetail, TreatmentCompareChangeDetail} from 'bone-mets-elements';

@Component({
  selector: 'app-root',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <main>
      <p>
        Las células llamadas
        <glossary-term term="osteoclast" (glossary-term-open)="onTermOpen($event)"
          >osteoclastos</glossary-term
        >
        desgastan el hueso.
      </p>
      <ol id="events" aria-label="Eventos" aria-live="polite">
        @for (line of events(); track $index) {
          <li>{{ line }}</li>
        }
      </ol>
      <bone-mets-article
        heading-level="1"
        (treatment-compare-change)="onCompareChange($event)"
      ></bone-mets-article>
    </main>
  `,
})
export class AppComponent {
  readonly events = signal<string[]>([]);

  onTermOpen(event: Event) {
    const {term} = (event as CustomEvent<GlossaryTermOpenDetail>).detail;
    this.events.update((lines) => [...lines, `glossary-term-open: ${term}`]);
  }

  onCompareChange(event: Event) {
    const {options} = (event as CustomEvent<TreatmentCompareChangeDetail>).detail;
    this.events.update((lines) => [...lines, `treatment-compare-change: ${options.join(', ')}`]);
  }
}
