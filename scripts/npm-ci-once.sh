# Source this file: runs `npm ci` when node_modules is missing or older than package-lock.json,
# so that running ./scripts/test or ./scripts/demo again installs nothing. The stamp is written
# only after a complete install.
_sst_stamp=node_modules/.state-security-lens-installed
if [ ! -f "$_sst_stamp" ] || [ package-lock.json -nt "$_sst_stamp" ]; then
  npm ci
  touch "$_sst_stamp"
fi
