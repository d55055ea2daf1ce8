// Stand-in for the npm `chromedriver` package, used only by scripts/bench.mjs when
// no loadable `chromedriver` package is installed. tachometer imports that package
// before starting Chrome (the real one only puts its driver on PATH); without it,
// tachometer tries `npm install chromedriver`, which fails offline. With this
// stand-in, selenium-webdriver's selenium-manager finds a chromedriver on PATH
// (SE_OFFLINE=true: never downloads one), e.g. Debian's /usr/bin/chromedriver.
export default {};
