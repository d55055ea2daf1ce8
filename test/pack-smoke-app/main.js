// What a bundler user writes: register the one element the page uses.
import 'bone-mets-elements/glossary-term.js';
