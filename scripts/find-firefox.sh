# Source this file: exports FIREFOX_PATH, the Firefox the Firefox suite (tests/firefox/) runs in.
# Order: $FIREFOX_PATH, Debian's /usr/bin/firefox-esr, /usr/bin/firefox.
# With --install, installs Debian's firefox-esr package when none is found (as root; otherwise
# it says how, and fails).
source "$(dirname "${BASH_SOURCE[0]}")/apt-install.sh"
if [ -z "${FIREFOX_PATH:-}" ]; then
  for candidate in /usr/bin/firefox-esr /usr/bin/firefox; do
    if [ -x "$candidate" ]; then export FIREFOX_PATH="$candidate"; break; fi
  done
fi
if [ -z "${FIREFOX_PATH:-}" ] && [ "${1:-}" = "--install" ]; then
  sst_apt_install firefox-esr "Firefox ESR" FIREFOX_PATH
  export FIREFOX_PATH=/usr/bin/firefox-esr
fi
echo "Firefox: ${FIREFOX_PATH:-none found (set FIREFOX_PATH)}"

