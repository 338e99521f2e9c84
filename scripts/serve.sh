#!/bin/sh
# Starts one Timantti instance: the container's command (Dockerfile), and how the load-balancer
# test starts its instances, so the start that is tested is the one that ships.
#   TIMANTTI_ROLES  api, collab and worker in any combination, comma-separated (default: all;
#                   a subset needs DATABASE_URL, which every instance shares)
# Each instance applies pending migrations at start, under an advisory lock, so instances may
# start together. exec: the server is this process, and gets the container's signals itself.
set -eu
cd "$(dirname "$0")/.."
if [ -n "${DATABASE_URL:-}" ]; then
  node apps/server/src/db/wait-for-database.ts
fi
exec node apps/server/src/main.ts --roles="${TIMANTTI_ROLES:-api,collab,worker}"
