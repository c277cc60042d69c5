#!/usr/bin/env bash
# The whole suite, slow model tests included, against a real PostgreSQL started here.
set -euo pipefail
cd "$(dirname "$0")/.."
export HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1
if [ -z "${REPLYWISE_TEST_PG_URL:-}" ] && [ -x .ci/start-postgres.sh ]; then
  if url=$(bash .ci/start-postgres.sh 2>/tmp/replywise-pg.log | tail -n 1) && [ -n "$url" ]; then
    export REPLYWISE_TEST_PG_URL="$url"
  else
    echo "PostgreSQL could not be started; postgres tests will be skipped (see /tmp/replywise-pg.log)" >&2
  fi
fi
# The web console tests drive Debian's Chromium through Playwright (no browser download).
if ! command -v chromium >/dev/null 2>&1; then
  echo "installing Debian's chromium for the web console tests" >&2
  (export DEBIAN_FRONTEND=noninteractive; apt-get update -qq && apt-get install -y -qq chromium) >/tmp/replywise-chromium.log 2>&1 \
    || echo "chromium could not be installed; web console tests will be skipped (see /tmp/replywise-chromium.log)" >&2
fi
.venv/bin/python -m pytest -m '' -p no:cacheprovider -q "$@"
