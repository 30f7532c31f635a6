# Source this file: exports CHROMIUM_PATH for the end-to-end tests, the demo and the benchmark.
# Order: $CHROMIUM_PATH, Debian's /usr/bin/chromium (Ubuntu's /usr/bin/chromium-browser).
# With --install, installs Debian's chromium package when none is found (as root; otherwise
# it says how, and fails).
source "$(dirname "${BASH_SOURCE[0]}")/apt-install.sh"
if [ -z "${CHROMIUM_PATH:-}" ]; then
  for candidate in /usr/bin/chromium /usr/bin/chromium-browser; do
    if [ -x "$candidate" ]; then export CHROMIUM_PATH="$candidate"; break; fi
  done
fi
if [ -z "${CHROMIUM_PATH:-}" ] && [ "${1:-}" = "--install" ]; then
  sst_apt_install chromium Chromium CHROMIUM_PATH
  export CHROMIUM_PATH=/usr/bin/chromium
fi
echo "Chromium: ${CHROMIUM_PATH:-none found (set CHROMIUM_PATH)}"
