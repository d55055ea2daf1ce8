import {LOCALE_STATUS_EVENT} from '@lit/localize';

/** Collects console.warn calls while `fn` runs. */
export async function captureWarnings(fn: () => unknown): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    await fn();
  } finally {
    console.warn = original;
  }
  return warnings;
}

/** Resolves when @lit/localize has finished loading a locale. */
export function localeReady(): Promise<void> {
  return new Promise((resolve) => {
    const onStatus = (event: Event) => {
      if ((event as CustomEvent<{status: string}>).detail.status !== 'ready') return;
      window.removeEventListener(LOCALE_STATUS_EVENT, onStatus);
      resolve();
    };
    window.addEventListener(LOCALE_STATUS_EVENT, onStatus);
  });
}

/** Runs a @web/test-runner command, or skips the test where this browser's launcher lacks it. */
export async function orSkip<T>(context: Mocha.Context, command: () => Promise<T>): Promise<T> {
  try {
    return await command();
  } catch (error) {
    if (/not supported|unsupported|does not support|not implemented/i.test(String(error))) context.skip();
    throw error;
  }
}

export const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
