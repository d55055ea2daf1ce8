import {LOCALE_STATUS_EVENT} from '@lit/localize';
import {emulateMedia, executeServerCommand} from '@web/test-runner-commands';
import {resetWarnings} from '../../src/internal/warn.js';

/** Collects console.warn calls while `fn` runs; earlier tests' warnings are forgotten first. */
export async function captureWarnings(fn: () => unknown): Promise<string[]> {
  resetWarnings();
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

/** Test-runner commands that not every launcher implements (see launcherCapabilities in web-test-runner.config.mjs). */
export type Capability = 'emulateMedia' | 'setViewport' | 'printToPdf';

let capabilities: Promise<Record<Capability, boolean>> | undefined;

/** Whether this browser's launcher can run `command`: asked of the server once, never by trying and failing. */
export async function can(command: Capability): Promise<boolean> {
  capabilities ??= executeServerCommand<Record<Capability, boolean>, undefined>('launcher-capabilities').then(
    (c) => c!
  );
  return (await capabilities)[command];
}

/**
 * Runs a @web/test-runner command, or skips the test where this browser's launcher lacks it
 * (asked first, so a skipped test leaves no error stack in the output).
 */
export async function orSkip<T>(
  context: Mocha.Context,
  command: Capability,
  run: () => Promise<T>
): Promise<T> {
  if (!(await can(command))) context.skip();
  return run();
}

/** Back to screen media without forced colours, where the launcher can emulate media at all. */
export async function screenMedia(): Promise<void> {
  if (await can('emulateMedia')) await emulateMedia({media: 'screen', forcedColors: 'none'});
}

export const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
