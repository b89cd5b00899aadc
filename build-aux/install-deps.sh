#!/usr/bin/env bash
# Installs the Debian 12 packages Norms Reporter needs that are not installed
# yet, through apt-get (as root, or through sudo).  Installs nothing, and asks
# for nothing, when everything is already there.
#
#   build-aux/install-deps.sh app     what building and running the application needs
#   build-aux/install-deps.sh test    that, and what the test suite needs
set -euo pipefail

build_packages=(
  gcc libc6-dev pkg-config meson ninja-build gettext
  libglib2.0-dev libgtk-4-dev libadwaita-1-dev libsqlite3-dev libxml2-dev libxml2-utils
  libjson-glib-dev iso-codes libpango1.0-dev libcairo2-dev libgsf-1-dev
)
# A display server and a session bus for the window tests, GNOME's font so
# that screenshots look as they do on a GNOME desktop, and the Noto fonts for
# the scripts of the South-East Asian translations (Thai, Khmer, Lao, Myanmar);
# poppler's tools to read the PDFs back; clang and its libFuzzer for fuzzing;
# valgrind for memcheck; LibreOffice without its GUI to open the Word and
# OpenDocument files as users will; Chromium, headless, to photograph the
# regional overview's HTML page as a browser shows it.
test_packages=(xvfb xauth dbus-daemon fonts-cantarell fonts-noto-core desktop-file-utils appstream
  poppler-utils clang libclang-rt-14-dev valgrind libreoffice-writer-nogui chromium)

wanted=("${build_packages[@]}")
if [ "${1:-app}" = test ]; then
  wanted+=("${test_packages[@]}")
fi

missing=()
for package in "${wanted[@]}"; do
  status=$(dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null || true)
  if [ "$status" != installed ]; then
    missing+=("$package")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "Installing missing packages: ${missing[*]}"
if [ "$(id -u)" -eq 0 ]; then
  as_root=()
elif command -v sudo >/dev/null 2>&1; then
  as_root=(sudo)
else
  echo "These packages are missing and neither root nor sudo is available: ${missing[*]}" >&2
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -q
"${as_root[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
