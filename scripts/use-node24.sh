# Source this file: puts Node 24 first on PATH, installing it from the npm registry
# (the `node` package carries the binary) into .tools/ when the machine's node is older.
_sst_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
_sst_major="$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)"
if [ "$_sst_major" -lt 24 ]; then
  if [ ! -x "$_sst_root/.tools/node_modules/node/bin/node" ]; then
    echo "Node $_sst_major found; installing Node 24 into .tools/ ..."
    npm install --no-save --prefix "$_sst_root/.tools" node@24 >/dev/null
  fi
  export PATH="$_sst_root/.tools/node_modules/node/bin:$PATH"
fi
echo "Using node $(node --version)"
