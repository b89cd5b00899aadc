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
# At the end it lists the five slowest tests of all runs, against their
# timeouts (each should take under a third of its timeout), and the last line
# sums all runs from meson's test logs: "N passed, N failed".
# The exit status is non-zero if anything failed, the builds included.
set -uo pipefail
cd "$(dirname "$0")/.."

build-aux/install-deps.sh test || exit 1

status=0
# For each run of tests: its name, build folder, timeout multiplier and log.
runs=()

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
runs+=("whole suite" "$full" 1 "$full/meson-logs/testlog.json")

# The core suite again under valgrind's memcheck: no definite leaks, no
# invalid reads or writes, and no reads of uninitialised memory, which ASan
# does not see.
rm -f "$full/meson-logs/testlog-valgrind.json"
stage "test (core under valgrind)" meson test -C "$full" --suite core --print-errorlogs --num-processes 2 \
  --timeout-multiplier 10 \
  --wrap="valgrind --quiet --num-callers=40 --leak-check=full --errors-for-leak-kinds=definite --show-leak-kinds=definite --error-exitcode=1 --suppressions=$PWD/tests/valgrind.supp"
runs+=("core under valgrind" "$full" 10 "$full/meson-logs/testlog-valgrind.json")

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
runs+=("sanitized core" "$sanitized" 1 "$sanitized/meson-logs/testlog.json")

# 3. The libFuzzer targets (clang, with the sanitizers), each for a minute,
#    from the test fixtures.  See README, "Fuzzing", for long runs.
fuzz=_build-fuzz
CC=clang stage "configure (libFuzzer)" configure "$fuzz" \
  -Dfuzzing=true -Dgui=disabled -Dbuildtype=debug \
  -Db_sanitize=address,undefined -Db_lundef=false
stage "build (libFuzzer)" meson compile -C "$fuzz"
rm -f "$fuzz/meson-logs/testlog.json"
stage "fuzz" meson test -C "$fuzz" --suite fuzz --print-errorlogs --num-processes 2
runs+=("fuzz" "$fuzz" 1 "$fuzz/meson-logs/testlog.json")

python3 - "${runs[@]}" <<'PYTHON' || status=1
import json, subprocess, sys


def timeouts(build_dir, multiplier):
    """Each test's timeout in seconds in that run, by name (none: 0)."""
    try:
        listing = subprocess.run(["meson", "introspect", "--tests", build_dir],
                                 capture_output=True, check=True, text=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return {}
    return {test["name"]: max(test["timeout"], 0) * multiplier for test in json.loads(listing)}


def print_slowest(durations, count=5):
    """The tests that took the largest share of their timeout."""
    durations.sort(key=lambda d: (d[2] / d[3] if d[3] else 0, d[2]), reverse=True)
    print("Slowest tests, against their timeouts:")
    for name, run, duration, timeout in durations[:count]:
        if not timeout:
            print(f"  {name} ({run}): {duration:.1f} s, no timeout")
            continue
        share = duration / timeout
        warning = ", over a third of its timeout" if share > 1 / 3 else ""
        print(f"  {name} ({run}): {duration:.1f} s of {timeout:g} s, {share:.0%}{warning}")


passed = failed = 0
durations = []
arguments = sys.argv[1:]
for i in range(0, len(arguments), 4):
    run, build_dir, multiplier, path = arguments[i:i + 4]
    limits = timeouts(build_dir, int(multiplier))
    try:
        with open(path, encoding="utf-8") as log:
            for line in log:
                if not line.strip():
                    continue
                test = json.loads(line)
                result = test["result"]
                if result in ("OK", "EXPECTEDFAIL"):
                    passed += 1
                elif result != "SKIP":
                    failed += 1
                name = test["name"].split(" / ")[-1]
                durations.append((name, run, test["duration"], limits.get(name, 0)))
    except FileNotFoundError:
        # No log means the stage never ran its tests: count that as a failure.
        failed += 1
print_slowest(durations)
print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
PYTHON

exit $status
