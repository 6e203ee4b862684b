#!/usr/bin/env bash
# Debian's Chromium for the Explorer's browser tests. Playwright's own browser
# download cannot be fetched on these machines, so the tests drive the distro
# build at /usr/bin/chromium. Idempotent: does nothing when it is there.
set -euo pipefail

CHROMIUM=/usr/bin/chromium
if [ -x "$CHROMIUM" ]; then
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-chromium: $CHROMIUM is missing and apt-get is not available; install Chromium so that $CHROMIUM exists" >&2
  exit 1
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "install-chromium: $CHROMIUM is missing; run as root (or with sudo): apt-get install -y chromium" >&2
    exit 1
  fi
fi

echo "install-chromium: installing Debian's chromium package"
export DEBIAN_FRONTEND=noninteractive
if ! $SUDO apt-get update -qq || ! $SUDO apt-get install -y -qq chromium; then
  echo "install-chromium: apt-get could not install chromium; the Explorer browser tests need $CHROMIUM" >&2
  exit 1
fi

if [ ! -x "$CHROMIUM" ]; then
  echo "install-chromium: the chromium package installed but $CHROMIUM is not there" >&2
  exit 1
fi
echo "install-chromium: $("$CHROMIUM" --version 2>/dev/null || echo "$CHROMIUM")"
