#!/usr/bin/env bash
# Installs what the test suite needs beyond npm packages, only where it is missing:
# Debian's chromium for the browser tests (test tools never download a browser on these machines) and
# Debian's postgresql for the payment store's tests (test-all.ts starts a throwaway cluster from it).
# Used by the README's test command and therefore by .ci/run; safe to run again.
set -euo pipefail

chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
missing=()
[ -x "$chromium_path" ] || missing+=(chromium)
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || missing+=(postgresql)

if [ "${#missing[@]}" -eq 0 ]; then
  echo "setup: chromium present at $chromium_path; postgresql present"
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "setup: missing ${missing[*]} and apt-get is not available." >&2
  echo "setup: install Chromium (set CHROMIUM_PATH to its binary) and PostgreSQL, then run the tests again." >&2
  exit 1
fi

as_root=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    as_root=(sudo)
  else
    echo "setup: installing ${missing[*]} needs root (or sudo)." >&2
    exit 1
  fi
fi

echo "setup: installing Debian's ${missing[*]} (about a minute) ..."
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
if [ -x "$chromium_path" ]; then echo "setup: $("$chromium_path" --version 2>/dev/null | tail -n 1)"; fi
