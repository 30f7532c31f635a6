# Source this file: `sst_apt_install PACKAGE WHAT VARIABLE` installs one of Debian's packages
# when run as root (CI, containers); otherwise it says what to run and fails, rather than
# asking for a password in the middle of a test run.
sst_apt_install() {
  local package="$1" what="$2" variable="$3"
  if [ "$(id -u)" -ne 0 ]; then
    echo "No $what found. Install it with \`sudo apt-get install -y $package\` (Debian/Ubuntu), or set $variable to one you have." >&2
    return 1
  fi
  echo "No $what found; installing Debian's $package package ..."
  sst_apt_update
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$package" >/dev/null
}

# apt's package lists, fetched once per run (apt-get update takes a while and changes nothing the second time).
sst_apt_update() {
  if [ -z "${_SST_APT_UPDATED:-}" ]; then
    apt-get update -qq
    _SST_APT_UPDATED=1
  fi
}
