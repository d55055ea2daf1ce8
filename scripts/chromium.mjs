// Headless Debian chromium for our dev scripts (screenshots, readability, bench pages).
import puppeteer from 'puppeteer-core';

export const launchChromium = () =>
  puppeteer.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
