#!/usr/bin/env bash
# User-level install of the Briefing desk bundle on Linux (no root needed):
#     packaging/install-linux.sh [BUNDLE_DIR]        (default: dist/briefing-desk-VERSION)
#     packaging/install-linux.sh --uninstall
# Options: --prefix DIR (default ~/.local, or $PREFIX).
# It puts
#     the bundle          PREFIX/lib/briefing-desk/            (replaced on reinstall)
#     the command         PREFIX/bin/briefing-desk            (symlink into the bundle)
#     the menu entry      PREFIX/share/applications/io.github.briefingdesk.BriefingDesk.desktop
#     AppStream metadata  PREFIX/share/metainfo/io.github.briefingdesk.BriefingDesk.metainfo.xml
#     icons               PREFIX/share/icons/hicolor/{16x16…256x256,scalable}/apps/
# The menu entry's Exec= names the installed program by its absolute path, so it works even
# when PREFIX/bin is not on the desktop session's PATH. Build the bundle first with
# packaging/build.sh; the bundle folder can also be one unpacked from the release tar.gz, as
# long as this script's packaging/linux/ folder is beside it (or run it from a checkout).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
app_id=io.github.briefingdesk.BriefingDesk
prefix=${PREFIX:-$HOME/.local}
bundle=""
uninstall=0
while [ $# -gt 0 ]; do
    case "$1" in
        --prefix) prefix=$2; shift 2 ;;
        --uninstall) uninstall=1; shift ;;
        -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
        -*) echo "install-linux.sh: unknown option $1" >&2; exit 2 ;;
        *) bundle=$1; shift ;;
    esac
done

target="$prefix/lib/briefing-desk"
desktop="$prefix/share/applications/$app_id.desktop"
metainfo="$prefix/share/metainfo/$app_id.metainfo.xml"
icons="$prefix/share/icons/hicolor"

refresh_caches() {
    command -v update-desktop-database >/dev/null 2>&1 \
        && update-desktop-database -q "$prefix/share/applications" || true
    command -v gtk-update-icon-cache >/dev/null 2>&1 \
        && gtk-update-icon-cache -q -t "$icons" 2>/dev/null || true
}

if [ "$uninstall" = 1 ]; then
    rm -rf "$target"
    rm -f "$prefix/bin/briefing-desk" "$desktop" "$metainfo"
    find "$icons" -name "$app_id.*" -delete 2>/dev/null || true
    refresh_caches
    echo "Briefing desk removed from $prefix (your databases and settings are kept)"
    exit 0
fi

if [ -z "$bundle" ]; then
    version=$(sed -n 's/^version = "\(.*\)"/\1/p' "$root/pyproject.toml" | head -n1)
    bundle="$root/dist/briefing-desk-$version"
fi
if [ ! -x "$bundle/briefing-desk" ]; then
    echo "install-linux.sh: no bundle at $bundle (build it with packaging/build.sh)" >&2
    exit 1
fi
bundle=$(cd "$bundle" && pwd)

mkdir -p "$prefix/lib" "$prefix/bin" "$(dirname "$desktop")" "$(dirname "$metainfo")"
staging="$target.new"
rm -rf "$staging"
cp -a "$bundle" "$staging"
rm -rf "$target"
mv "$staging" "$target"
ln -sfn "$target/briefing-desk" "$prefix/bin/briefing-desk"

sed "s|^Exec=.*|Exec=\"$target/briefing-desk\"|" "$here/linux/$app_id.desktop" > "$desktop"
cp "$here/linux/$app_id.metainfo.xml" "$metainfo"
(cd "$here/linux/icons/hicolor" && find . -name "$app_id.*" -type f) | while read -r icon; do
    mkdir -p "$icons/$(dirname "$icon")"
    cp "$here/linux/icons/hicolor/$icon" "$icons/$icon"
done
refresh_caches

echo "Briefing desk $("$target/briefing-desk" --version | awk '{print $NF}') installed in $prefix"
echo "  command:   $prefix/bin/briefing-desk"
echo "  menu item: $desktop"
case ":$PATH:" in
    *":$prefix/bin:"*) ;;
    *) echo "  note: $prefix/bin is not on your PATH" ;;
esac
