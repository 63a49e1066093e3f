#!/usr/bin/env bash
# Makes a fresh Debian machine ready: Debian packages for the build and the browser tests, then the pinned npm packages.
# As root it installs what is missing; otherwise it prints the exact command to run and stops.
set -euo pipefail
cd "$(dirname "$0")/.."

# clang-14 and its runtimes (libFuzzer, sanitizers) build the fuzz targets; g++ builds the ASan + UBSan unit tests.
APT_PACKAGES=(cmake g++ make clang-14 libclang-rt-14-dev emscripten nlohmann-json3-dev libgtest-dev libbenchmark-dev chromium python3 parallel time)
missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  cmd="apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends ${missing[*]}"
  if [ "$(id -u)" -eq 0 ]; then
    echo "setup: installing ${missing[*]}"
    bash -c "$cmd" >/tmp/newsmark-apt.log 2>&1 || { tail -20 /tmp/newsmark-apt.log; exit 1; }
  else
    echo "setup: missing Debian packages. Run as root, then run this again:"
    echo "  sudo bash -c '$cmd'"
    exit 1
  fi
fi

# npm ci only when the lock file changed since the last install, so repeated runs stay fast.
stamp=node_modules/.newsmark-lock
if [ ! -f "$stamp" ] || ! cmp -s package-lock.json "$stamp"; then
  npm ci --no-audit --no-fund --loglevel=error
  cp package-lock.json "$stamp"
fi
