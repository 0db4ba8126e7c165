#!/usr/bin/env bash
# The one test command (`npm test`, also run by .ci/run): installs what is missing,
# then typecheck, lint, format check, dead code, unit tests, production build with the size budget, the
# inspection benchmark as a coarse guard, end-to-end
# tests in Debian's Chromium. Works on a fresh machine that has only Node and npm.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n=== %s ===\n' "$*"; }

step "dependencies"
node scripts/ensure-deps.mjs
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
command -v openssl >/dev/null 2>&1 || need+=(openssl)
# The system's CA bundle: real-world certificates for the engine's agreement tests.
[ -f /etc/ssl/certs/ca-certificates.crt ] || need+=(ca-certificates)
# Generated scripts run under bash, dash (Debian's /bin/sh) and zsh (macOS's login
# shell), as files and pasted into an interactive zsh; `script` (bsdutils) gives them a terminal.
command -v zsh >/dev/null 2>&1 || need+=(zsh)
# The generated proxy configurations run in the real nginx and HAProxy, dialled by curl.
command -v nginx >/dev/null 2>&1 || need+=(nginx)
command -v haproxy >/dev/null 2>&1 || need+=(haproxy)
command -v curl >/dev/null 2>&1 || need+=(curl)
if [ ${#need[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  echo "Installing Debian packages: ${need[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

step "certificate fixtures (openssl)"
bash scripts/make-fixtures.sh .fixtures

step "typecheck"
npx tsc -b

step "lint"
npx eslint . --max-warnings=0

step "format (prettier --check; npm run format fixes)"
npm run -s format:check

step "dead code and unused dependencies (knip)"
npx knip

step "unit"
npx vitest run

step "build"
npx vite build --logLevel warn
npx vite build --config vite.cli.config.ts --logLevel warn

step "size budget"
node scripts/size.mjs --check

step "inspection benchmark (coarse guard: fails only at 6x its targets)"
node scripts/bench-inspect.mjs --guard

step "end-to-end (Chromium)"
npx playwright test
