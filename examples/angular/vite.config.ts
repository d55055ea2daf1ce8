import {defineConfig} from 'vite';
import angular from '@analogjs/vite-plugin-angular';

export default defineConfig({
  plugins: [angular({tsconfig: 'tsconfig.app.json'})],
  // The Angular compiler is slow next to Vite's own transforms; no need to say so on every build.
  build: {rolldownOptions: {checks: {pluginTimings: false}}},
  logLevel: 'warn',
});
