#!/usr/bin/env bash
# A Redis server for the multi-instance subscription tests (tests/support/redis.ts
# starts it on a free port with a temporary folder). Uses REDIS_SERVER_PATH, or
# redis-server on the PATH; only when there is none, and only as root (or with
# password-less sudo) on Debian, does this install Debian's redis-server package.
# The package's own service is not needed: the tests start their own server.
set -euo pipefail

if [ -n "${REDIS_SERVER_PATH:-}" ]; then
  if [ -x "$REDIS_SERVER_PATH" ]; then exit 0; fi
  echo "install-redis: REDIS_SERVER_PATH=$REDIS_SERVER_PATH is not an executable file" >&2
  exit 1
fi
if command -v redis-server >/dev/null 2>&1; then exit 0; fi

missing="no redis-server for the multi-instance tests: set REDIS_SERVER_PATH, or put redis-server on the PATH"
if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-redis: $missing" >&2
  exit 1
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then SUDO="sudo -n"; else
    echo "install-redis: $missing (or, as root, apt-get install redis-server)" >&2
    exit 1
  fi
fi

echo "install-redis: installing Debian's redis-server package"
export DEBIAN_FRONTEND=noninteractive
# The package starts a system service where there is an init system; the tests do not use it.
if ! $SUDO apt-get install -y -qq --no-install-recommends redis-server >/dev/null 2>&1; then
  if ! $SUDO apt-get update -qq || ! $SUDO apt-get install -y -qq --no-install-recommends redis-server; then
    echo "install-redis: apt-get could not install redis-server; $missing" >&2
    exit 1
  fi
fi
echo "install-redis: $(redis-server --version 2>/dev/null || echo installed)"
