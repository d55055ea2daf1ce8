// React 19 passes props to custom elements as properties and `on<event>` props as
// listeners of that event. The tags' types come from `bone-mets-elements/jsx` (tsconfig "types").
import {useState} from 'react';
import 'bone-mets-elements/bone-mets-article.js';
import 'bone-mets-elements/glossary-term.js';
import type {GlossaryTermOpenDetail, TreatmentCompareChangeDetail} from 'bone-mets-elements';

export function App() {
  const [events, setEvents] = useState<string[]>([]);
  const log = (line: string) => setEvents((lines) => [...lines, line]);
  const onTermOpen = (event: CustomEvent<GlossaryTermOpenDetail>) =>
    log(`glossary-term-open: ${event.detail.term}`);
  const onCompareChange = (event: CustomEvent<TreatmentCompareChangeDetail>) =>
    log(`treatment-compare-change: ${event.detail.options.join(', ')}`);

  return (
    <main>
      <p>
        Las células llamadas{' '}
        <glossary-term term="osteoclast" onglossary-term-open={onTermOpen}>
          osteoclastos
        </glossary-term>{' '}
        desgastan el hueso.
      </p>
      <ol id="events" aria-label="Eventos" aria-live="polite">
        {events.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ol>
      <bone-mets-article heading-level={1} ontreatment-compare-change={onCompareChange} />
    </main>
  );
}
