// Storybook for the elements: builds offline (no addons, no telemetry call).
// Stories load src/; package.json "sideEffects" marks src/**/*.define.ts as
// registering elements, so the production build keeps those imports.
import type {StorybookConfig} from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../stories/**/*.stories.ts'],
  // Without this every build waits ~7 s on a network call that cannot succeed offline.
  core: {disableTelemetry: true},
  viteFinal(viteConfig) {
    // Stories get the pseudo-locales (en-XA, ar-XB) too; the production bundle never does.
    viteConfig.plugins = [
      ...(viteConfig.plugins ?? []),
      {
        name: 'pseudo-locales',
        enforce: 'pre',
        resolveId(source, importer) {
          if (
            source === './locale-modules.js' &&
            importer &&
            !importer.endsWith('locale-modules.pseudo.ts')
          ) {
            return this.resolve('./locale-modules.pseudo.ts', importer, {skipSelf: true});
          }
          return null;
        },
      },
    ];
    // Storybook's own preview runtime is ~870 kB; the warning says nothing about our code.
    viteConfig.build = {...viteConfig.build, chunkSizeWarningLimit: 1000};
    return viteConfig;
  },
};

export default config;
