#!/bin/sh
# Install PIM Desk for every user of this computer, from the unpacked tar.gz (run as root):
#
#   sudo ./install.sh               install, or upgrade in place, into /opt/pimdesk
#   sudo ./install.sh --uninstall   remove the program
#
# Unattended: both run without questions and exit non-zero on failure. PREFIX (/opt/pimdesk),
# BIN_DIR (/usr/local/bin) and SHARE_DIR (/usr/local/share) may be set in the environment.
# Users' data lives in each user's ~/.local/share/PIM Desk and is never touched; neither is a
# portable-mode pimdesk-data folder inside PREFIX.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
PREFIX=${PREFIX:-/opt/pimdesk}
BIN_DIR=${BIN_DIR:-/usr/local/bin}
SHARE_DIR=${SHARE_DIR:-/usr/local/share}
SIZES="16 24 32 48 64 128 256 512"

refresh_desktop() {
  command -v update-desktop-database >/dev/null 2>&1 &&
    update-desktop-database -q "$SHARE_DIR/applications" 2>/dev/null || true
  command -v gtk-update-icon-cache >/dev/null 2>&1 &&
    gtk-update-icon-cache -q -t "$SHARE_DIR/icons/hicolor" 2>/dev/null || true
}

remove_program() {
  # Only what an install put there, by name: never a folder this script did not create.
  rm -rf "$PREFIX/_internal" "$PREFIX/icons"
  rm -f "$PREFIX/pimdesk" "$PREFIX/pimdesk.desktop" "$PREFIX/install.sh"
}

install_program() {
  [ -x "$here/pimdesk" ] && [ -d "$here/_internal" ] || {
    echo "install.sh: run me from the unpacked PIM Desk folder" >&2; exit 1; }
  mkdir -p "$PREFIX" "$BIN_DIR" "$SHARE_DIR/applications"
  [ "$(cd "$PREFIX" && pwd)" != "$here" ] || {
    echo "install.sh: this is the installed copy; run the one in the unpacked tar.gz" >&2; exit 1; }
  remove_program
  cp -R "$here/_internal" "$here/icons" "$PREFIX/"
  cp "$here/pimdesk" "$here/pimdesk.desktop" "$here/install.sh" "$PREFIX/"
  chmod -R a+rX "$PREFIX"
  ln -sf "$PREFIX/pimdesk" "$BIN_DIR/pimdesk"
  sed "s|^Exec=.*|Exec=$BIN_DIR/pimdesk|; s|^TryExec=.*|TryExec=$BIN_DIR/pimdesk|" \
    "$here/pimdesk.desktop" > "$SHARE_DIR/applications/pimdesk.desktop"
  for size in $SIZES; do
    mkdir -p "$SHARE_DIR/icons/hicolor/${size}x${size}/apps"
    cp "$here/icons/pimdesk-$size.png" "$SHARE_DIR/icons/hicolor/${size}x${size}/apps/pimdesk.png"
  done
  mkdir -p "$SHARE_DIR/icons/hicolor/scalable/apps"
  cp "$here/icons/pimdesk.svg" "$SHARE_DIR/icons/hicolor/scalable/apps/pimdesk.svg"
  refresh_desktop
  echo "PIM Desk installed in $PREFIX; check it with: $BIN_DIR/pimdesk self-test"
}

uninstall_program() {
  remove_program
  rmdir "$PREFIX" 2>/dev/null || echo "install.sh: kept $PREFIX (it holds other files)"
  [ "$(readlink "$BIN_DIR/pimdesk" 2>/dev/null)" = "$PREFIX/pimdesk" ] && rm -f "$BIN_DIR/pimdesk"
  rm -f "$SHARE_DIR/applications/pimdesk.desktop" "$SHARE_DIR/icons/hicolor/scalable/apps/pimdesk.svg"
  for size in $SIZES; do rm -f "$SHARE_DIR/icons/hicolor/${size}x${size}/apps/pimdesk.png"; done
  refresh_desktop
  echo "PIM Desk removed; users' data was left where it is."
}

case "${1:-}" in
  "") install_program ;;
  --uninstall) uninstall_program ;;
  *) echo "usage: $0 [--uninstall]" >&2; exit 2 ;;
esac
