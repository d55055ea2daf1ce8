// The scratch app of scripts/pack-smoke.mjs: a production build for es2020 browsers.
export default {build: {target: 'es2020'}, logLevel: 'warn'};
