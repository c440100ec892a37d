#!/usr/bin/env bash
# Prints the Chromium Playwright should launch. Playwright's own browser stays the default
# where it is installed; on machines that cannot download it, Debian's chromium is installed
# and used through an executable-path override.
set -euo pipefail
own=$(node -e 'try{const p=require("playwright-core").chromium.executablePath();process.stdout.write(require("fs").existsSync(p)?p:"")}catch{}')
if [ -n "$own" ]; then exit 0; fi
if ! command -v chromium >/dev/null 2>&1; then
  echo "Installing Debian's chromium for the browser tests…" >&2
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >&2
fi
command -v chromium
