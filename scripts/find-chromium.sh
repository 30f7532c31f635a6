# Source this file: exports CHROMIUM_PATH for the end-to-end tests, the demo and the benchmark.
# Order: $CHROMIUM_PATH, Debian's /usr/bin/chromium, Playwright's own download
# (`npx playwright install chromium`, resolved by the tests when CHROMIUM_PATH is empty).
# With --install, installs Debian's chromium package when nothing is found (CI, as root).
if [ -z "${CHROMIUM_PATH:-}" ]; then
  for candidate in /usr/bin/chromium /usr/bin/chromium-browser; do
    if [ -x "$candidate" ]; then export CHROMIUM_PATH="$candidate"; break; fi
  done
fi
if [ -z "${CHROMIUM_PATH:-}" ] && [ "${1:-}" = "--install" ]; then
  echo "No Chromium found; installing Debian's chromium package ..."
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  export CHROMIUM_PATH=/usr/bin/chromium
fi
echo "Chromium: ${CHROMIUM_PATH:-the one Playwright installs}"
