#!/usr/bin/env bash
# Installs santun's Debian build dependencies when missing, then configures
# and builds the Release tree in build/. Idempotent and incremental: a second
# run only rebuilds what changed. Sourced by demo.sh and test.sh; can be run
# alone.
set -euo pipefail

SANTUN_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SANTUN_BUILD="${SANTUN_BUILD:-$SANTUN_ROOT/build}"

# Everything comes from Debian 12 packages; nothing is downloaded otherwise.
SANTUN_PACKAGES=(
  g++ cmake ninja-build pkg-config
  libre2-dev libicu-dev libcli11-dev libtoml11-dev nlohmann-json3-dev libdtl-dev
  libcpp-httplib-dev
  libgtest-dev libbenchmark-dev
  python3 python3-jsonschema parallel patch clang-format
  python3-dask python3-distributed
  chromium chromium-driver python3-selenium
  neovim
)

santun_missing_packages() {
  local missing=() pkg
  for pkg in "${SANTUN_PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
      missing+=("$pkg")
    fi
  done
  echo "${missing[@]:-}"
}

santun_install_dependencies() {
  local missing
  missing="$(santun_missing_packages)"
  [ -z "$missing" ] && return 0
  if [ "$(id -u)" -ne 0 ]; then
    echo "santun: missing Debian packages. Install them with:" >&2
    echo "  sudo apt-get install -y $missing" >&2
    exit 2
  fi
  echo "santun: installing $missing" >&2
  export DEBIAN_FRONTEND=noninteractive
  # shellcheck disable=SC2086
  apt-get install -y --no-install-recommends $missing >/dev/null ||
    { apt-get update >/dev/null && apt-get install -y --no-install-recommends $missing >/dev/null; }
}

# santun_build DIR [cmake options...]: configure (cheap when nothing
# changed), then build incrementally.
santun_build() {
  local dir="$1"
  shift
  cmake -S "$SANTUN_ROOT" -B "$dir" -G Ninja -DSANTUN_BUILD_TESTS=ON "$@" >/dev/null
  cmake --build "$dir"
}

santun_setup() {
  santun_install_dependencies
  santun_build "$SANTUN_BUILD" -DCMAKE_BUILD_TYPE=Release
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  santun_setup
fi
