#!/bin/sh
# Install the system tools the tests and the packaging need, when they are missing:
# a virtual X server (real-window test), poppler-utils and qpdf (PDF checks), imagemagick
# (screenshots), binutils and desktop-file-utils (the package build) and the Qt desktop libraries.
# Needs root and Debian/Ubuntu's apt-get; elsewhere it says what is missing, and the tests that
# need it say why they are skipped (CI installs them).
set -eu
needed=""
have_cmd() { command -v "$1" >/dev/null 2>&1; }
have_lib() { ldconfig -p 2>/dev/null | grep -q "$1"; }
have_cmd xvfb-run || needed="$needed xvfb xauth"
have_cmd pdftoppm || needed="$needed poppler-utils"
have_cmd qpdf || needed="$needed qpdf"
have_cmd import || needed="$needed imagemagick"
have_cmd objdump || needed="$needed binutils"  # PyInstaller and the bundle's link check
have_cmd desktop-file-validate || needed="$needed desktop-file-utils"  # the Linux menu entry
for lib in libxcb-icccm.so.4:libxcb-icccm4 libxcb-keysyms.so.1:libxcb-keysyms1 \
           libxcb-cursor.so.0:libxcb-cursor0 libxcb-image.so.0:libxcb-image0 \
           libxcb-render-util.so.0:libxcb-render-util0 libxcb-shape.so.0:libxcb-shape0 \
           libxkbcommon-x11.so.0:libxkbcommon-x11-0 libEGL.so.1:libegl1 libGL.so.1:libgl1 \
           libfontconfig.so.1:libfontconfig1 libdbus-1.so.3:libdbus-1-3; do
  have_lib "${lib%%:*}" || needed="$needed ${lib##*:}"
done
[ -z "$needed" ] && exit 0
if [ "$(id -u)" = 0 ] && have_cmd apt-get; then
  echo "installing system packages:$needed"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  # shellcheck disable=SC2086
  apt-get install -y -qq --no-install-recommends $needed >/dev/null
else
  echo "note: missing system packages:$needed (install them as root; the tests that need them are skipped)"
fi
