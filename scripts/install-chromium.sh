#!/usr/bin/env bash
# A browser for the Explorer's browser tests (tests/support/browser.ts looks
# in the same places): CHROMIUM_PATH first, then chromium, chromium-browser
# or google-chrome on the PATH; else Debian's chromium package, as root only.
# Playwright's own browser download cannot be fetched on closed networks.
exec bash "$(dirname "$0")/install-debian-tool.sh" CHROMIUM_PATH chromium "the Explorer browser tests" chromium chromium-browser google-chrome
