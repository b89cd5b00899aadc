#!/usr/bin/env bash
# Builds Norms Reporter and starts it, installing what is missing first.
# Arguments are passed to the application (for example report files to open).
set -euo pipefail
cd "$(dirname "$0")/.."

build-aux/install-deps.sh app

if [ ! -f _build/build.ninja ]; then
  meson setup _build
fi
meson compile -C _build

exec ./_build/src/gui/norms-reporter "$@"
