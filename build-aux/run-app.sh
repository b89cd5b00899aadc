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

# Run from the build tree: its compiled settings schema stands in for an
# installed one.
export GSETTINGS_SCHEMA_DIR="$PWD/_build/data${GSETTINGS_SCHEMA_DIR:+:$GSETTINGS_SCHEMA_DIR}"
exec ./_build/src/gui/norms-reporter "$@"
