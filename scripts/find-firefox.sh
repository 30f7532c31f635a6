# Source this file: exports FIREFOX_PATH, the Firefox the Firefox suite (tests/firefox/) runs in,
# and with --install also FIREFOX_OLDEST_PATH, Firefox 140 ESR: the oldest the manifest admits
# (strict_min_version), which the suite runs in too.
# Order: $FIREFOX_PATH, Debian's /usr/bin/firefox-esr, /usr/bin/firefox.
# With --install: installs Debian's firefox-esr package when none is found (as root; otherwise
# it says how, and fails), and unpacks Debian's 140 ESR package into .tools/ (once).
source "$(dirname "${BASH_SOURCE[0]}")/apt-install.sh"
_sst_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
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

# Firefox 140 ESR is in Debian 12's main archive (the security updates carry the newer ESR).
# `apt-get download` and `dpkg -x` need no root and leave the system's Firefox alone; it uses
# the libraries the installed firefox-esr brought.
_sst_oldest="$_sst_root/.tools/firefox-esr-140/usr/lib/firefox-esr/firefox-esr"
if [ -z "${FIREFOX_OLDEST_PATH:-}" ] && [ "${1:-}" = "--install" ]; then
  if [ ! -x "$_sst_oldest" ] && command -v apt-get >/dev/null; then
    _sst_version="$(apt-cache madison firefox-esr 2>/dev/null | awk '$3 ~ /^140\./ { print $3; exit }')"
    if [ -z "$_sst_version" ] && [ "$(id -u)" -eq 0 ]; then
      sst_apt_update
      _sst_version="$(apt-cache madison firefox-esr | awk '$3 ~ /^140\./ { print $3; exit }')"
    fi
    if [ -n "$_sst_version" ]; then
      echo "Unpacking Debian's firefox-esr $_sst_version into .tools/ ..."
      _sst_deb="$(mktemp -d)"
      (cd "$_sst_deb" && apt-get download -qq "firefox-esr=$_sst_version" 2>/dev/null) &&
        dpkg -x "$_sst_deb"/firefox-esr_*.deb "$_sst_root/.tools/firefox-esr-140"
      rm -rf "$_sst_deb"
    fi
  fi
  if [ -x "$_sst_oldest" ]; then
    export FIREFOX_OLDEST_PATH="$_sst_oldest"
  else
    echo "Firefox 140 ESR could not be fetched (no apt, or no 140 in its lists): the Firefox suite runs in one Firefox only."
  fi
fi
[ -n "${FIREFOX_OLDEST_PATH:-}" ] && echo "Firefox, oldest admitted: $FIREFOX_OLDEST_PATH"
true
