#!/usr/bin/env bash
# Makes sure a program the tests need is here, the way they look for it:
#   install-debian-tool.sh VARIABLE PACKAGE "what it is for" NAME...
# The path in $VARIABLE first, then each NAME on the PATH. Only when there is
# none, and only as root (or with password-less sudo) on Debian, does this
# install Debian's PACKAGE. Closed networks cannot fetch tools' own
# downloads, so the tests use what the machine or Debian has.
set -euo pipefail

variable=$1 package=$2 purpose=$3
shift 3
given=${!variable:-}
if [ -n "$given" ]; then
  if [ -x "$given" ]; then exit 0; fi
  echo "install-$package: $variable=$given is not an executable file" >&2
  exit 1
fi
for name in "$@"; do
  if command -v "$name" >/dev/null 2>&1; then exit 0; fi
done

missing="no $1 for $purpose: set $variable to its path, or put $1 on the PATH"
if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-$package: $missing" >&2
  exit 1
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then SUDO="sudo -n"; else
    echo "install-$package: $missing (or, as root, apt-get install $package)" >&2
    exit 1
  fi
fi

echo "install-$package: installing Debian's $package package"
export DEBIAN_FRONTEND=noninteractive
if ! $SUDO apt-get update -qq || ! $SUDO apt-get install -y -qq --no-install-recommends "$package"; then
  echo "install-$package: apt-get could not install $package; $missing" >&2
  exit 1
fi
echo "install-$package: $("$1" --version 2>/dev/null || echo installed)"
