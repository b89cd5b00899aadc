#!/usr/bin/env bash
# Builds Norms Reporter and runs its benchmarks, installing what is missing
# first.  The window benchmark runs under Xvfb with a private D-Bus session.
set -euo pipefail
cd "$(dirname "$0")/.."

build-aux/install-deps.sh test

if [ -f _build-bench/build.ninja ]; then
  meson setup --reconfigure _build-bench -Dbuildtype=release >/dev/null
else
  meson setup _build-bench -Dbuildtype=release >/dev/null
fi
meson compile -C _build-bench
xvfb-run -a -s "-screen 0 1280x1024x24 -nolisten tcp" \
  dbus-run-session -- meson test -C _build-bench --benchmark --verbose
