import {defineConfig} from 'vite';
import vue from '@vitejs/plugin-vue';

// Our tags are custom elements, not Vue components.
const isCustomElement = (tag: string) =>
  tag.startsWith('bone-mets-') || tag === 'glossary-term' || tag === 'treatment-compare';

export default defineConfig({
  plugins: [vue({template: {compilerOptions: {isCustomElement}}})],
  logLevel: 'warn',
});
