#!/usr/bin/env bash
# A Redis server for the multi-instance subscription tests (tests/support/redis.ts
# starts its own on a free port with a temporary folder): REDIS_SERVER_PATH
# first, then redis-server on the PATH; else Debian's redis-server package,
# as root only. The package's system service is not used.
exec bash "$(dirname "$0")/install-debian-tool.sh" REDIS_SERVER_PATH redis-server "the multi-instance tests" redis-server
