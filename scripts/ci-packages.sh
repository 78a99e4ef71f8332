#!/usr/bin/env bash
# Installs the Debian packages the test suites need and a fresh machine lacks: Chromium for
# tests/node/browser.sh. playwright-core drives this system browser because the machine's network
# reaches package registries only, so Playwright's own browser download cannot work.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
if [ ! -x /usr/bin/chromium ]; then
  echo "installing Debian's chromium (apt-get): the browser test opens the IDE in it"
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -q >/dev/null
  $sudo apt-get install -y -q --no-install-recommends chromium >/dev/null
fi
