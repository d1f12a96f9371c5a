#!/usr/bin/env bash
# Makes sure a Chromium exists for Playwright, in this order:
# Playwright's own browser → PW_CHROMIUM_PATH → system chromium → apt-get install chromium (root or sudo -n)
# → npx playwright install chromium → a clear error saying what to install.
set -euo pipefail

pw_path=$(node -e "try{const p=require('playwright-core').chromium.executablePath();process.stdout.write(require('fs').existsSync(p)?p:'')}catch{}" 2>/dev/null || true)
if [ -n "$pw_path" ]; then echo "browser: Playwright's Chromium ($pw_path)"; exit 0; fi
if [ -n "${PW_CHROMIUM_PATH:-}" ] && [ -x "${PW_CHROMIUM_PATH}" ]; then echo "browser: $PW_CHROMIUM_PATH"; exit 0; fi
for c in /usr/bin/chromium /usr/bin/chromium-browser; do
  if [ -x "$c" ]; then echo "browser: $c"; exit 0; fi
done

echo "No Chromium found: installing Debian's chromium…"
if [ "$(id -u)" = 0 ]; then SUDO=""; elif sudo -n true 2>/dev/null; then SUDO="sudo -n"; else SUDO="unavailable"; fi
if [ "$SUDO" != unavailable ] && command -v apt-get >/dev/null; then
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null && [ -x /usr/bin/chromium ] && { echo "browser: /usr/bin/chromium (installed)"; exit 0; }
fi
if npx --no-install playwright install chromium >/dev/null 2>&1; then echo "browser: Playwright's Chromium (downloaded)"; exit 0; fi

cat >&2 <<'MSG'
ERROR: no Chromium for the end-to-end tests.
Install one of:
  - Debian/Ubuntu: sudo apt-get install chromium
  - or: npx playwright install chromium
  - or set PW_CHROMIUM_PATH=/path/to/chromium
MSG
exit 1
