#!/usr/bin/env bash
# A browser for the Explorer's browser tests (tests/support/browser.ts looks
# in the same places). Playwright's own browser download cannot be fetched on
# closed networks, so the tests drive a browser already on the machine:
# CHROMIUM_PATH first, then chromium, chromium-browser or google-chrome on the
# PATH. Only when there is none, and only as root (or with password-less sudo)
# on Debian, does this install Debian's chromium package.
set -euo pipefail

if [ -n "${CHROMIUM_PATH:-}" ]; then
  if [ -x "$CHROMIUM_PATH" ]; then exit 0; fi
  echo "install-chromium: CHROMIUM_PATH=$CHROMIUM_PATH is not an executable file" >&2
  exit 1
fi
for name in chromium chromium-browser google-chrome; do
  if command -v "$name" >/dev/null 2>&1; then exit 0; fi
done

missing="no browser for the Explorer tests: set CHROMIUM_PATH to a Chromium or Chrome binary, or put chromium on the PATH"
if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-chromium: $missing" >&2
  exit 1
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then SUDO="sudo -n"; else
    echo "install-chromium: $missing (or, as root, apt-get install chromium)" >&2
    exit 1
  fi
fi

echo "install-chromium: installing Debian's chromium package"
export DEBIAN_FRONTEND=noninteractive
if ! $SUDO apt-get update -qq || ! $SUDO apt-get install -y -qq chromium; then
  echo "install-chromium: apt-get could not install chromium; $missing" >&2
  exit 1
fi
echo "install-chromium: $(chromium --version 2>/dev/null || echo installed)"
