// `node --import ./bench/support/register-chromedriver-shim.mjs …` (see scripts/bench.mjs).
import {register} from 'node:module';

register('./chromedriver-hooks.mjs', import.meta.url);
