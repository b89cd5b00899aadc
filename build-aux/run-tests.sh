#!/usr/bin/env bash
# Builds Norms Reporter and runs every test, installing what is missing first.
#
# 1. A build with warnings as errors runs the whole suite, the window tests
#    under Xvfb with a private D-Bus session.
# 2. A build with AddressSanitizer and UndefinedBehaviorSanitizer runs the
#    core suite again (no GTK: sanitizing the toolkit only adds noise).
#    The core suite also runs under valgrind memcheck in the first build.
# 3. The fuzzing targets run for a minute each (below).
#
# The last line sums all runs from meson's test logs: "N passed, N failed".
# The exit status is non-zero if anything failed, the builds included.
set -uo pipefail
cd "$(dirname "$0")/.."

build-aux/install-deps.sh test || exit 1

status=0
logs=()

# Configures DIR with the given options, reconfiguring an existing build.
configure() {
  local dir=$1
  shift
  if [ -f "$dir/build.ninja" ]; then
    meson setup --reconfigure "$dir" "$@" >/dev/null
  else
    meson setup "$dir" "$@" >/dev/null
  fi
}

# Runs a stage; a failure is remembered, and the remaining stages still run so
# that one run reports everything it can.
stage() {
  local title=$1
  shift
  echo "== $title"
  if ! "$@"; then
    echo "== $title: FAILED" >&2
    status=1
  fi
}

full=_build-test
stage "configure (warnings are errors)" configure "$full" --werror -Dgui=enabled
stage "build" meson compile -C "$full"
rm -f "$full/meson-logs/testlog.json"
stage "test" xvfb-run -a -s "-screen 0 1280x1024x24 -nolisten tcp" \
  dbus-run-session -- meson test -C "$full" --print-errorlogs --num-processes 2
logs+=("$full/meson-logs/testlog.json")

# The core suite again under valgrind's memcheck: no definite leaks, no
# invalid reads or writes (GLib's allocator hides some leaks from ASan).
rm -f "$full/meson-logs/testlog-valgrind.json"
stage "test (core under valgrind)" meson test -C "$full" --suite core --print-errorlogs --num-processes 2 \
  --timeout-multiplier 10 \
  --wrap="valgrind --quiet --num-callers=40 --leak-check=full --errors-for-leak-kinds=definite --show-leak-kinds=definite --error-exitcode=1 --suppressions=$PWD/tests/valgrind.supp"
logs+=("$full/meson-logs/testlog-valgrind.json")

sanitized=_build-sanitize
stage "configure (AddressSanitizer, UndefinedBehaviorSanitizer)" configure "$sanitized" \
  --werror -Dgui=disabled -Dbuildtype=debug \
  -Db_sanitize=address,undefined -Db_lundef=false \
  -Dc_args=-fno-sanitize-recover=all -Dc_link_args=-fno-sanitize-recover=all
stage "build (sanitized)" meson compile -C "$sanitized"
rm -f "$sanitized/meson-logs/testlog.json"
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  stage "test (sanitized core)" meson test -C "$sanitized" --suite core --print-errorlogs
logs+=("$sanitized/meson-logs/testlog.json")

# 3. The libFuzzer targets (clang, with the sanitizers), each for a minute,
#    from the test fixtures.  See README, "Fuzzing", for long runs.
fuzz=_build-fuzz
CC=clang stage "configure (libFuzzer)" configure "$fuzz" \
  -Dfuzzing=true -Dgui=disabled -Dbuildtype=debug \
  -Db_sanitize=address,undefined -Db_lundef=false
stage "build (libFuzzer)" meson compile -C "$fuzz"
rm -f "$fuzz/meson-logs/testlog.json"
stage "fuzz" meson test -C "$fuzz" --suite fuzz --print-errorlogs --num-processes 2
logs+=("$fuzz/meson-logs/testlog.json")

python3 - "${logs[@]}" <<'PYTHON' || status=1
import json, sys

passed = failed = 0
for path in sys.argv[1:]:
    try:
        with open(path, encoding="utf-8") as log:
            for line in log:
                if not line.strip():
                    continue
                result = json.loads(line)["result"]
                if result in ("OK", "EXPECTEDFAIL"):
                    passed += 1
                elif result != "SKIP":
                    failed += 1
    except FileNotFoundError:
        # No log means the stage never ran its tests: count that as a failure.
        failed += 1
print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
PYTHON

exit $status
