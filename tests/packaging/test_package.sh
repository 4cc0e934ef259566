#!/usr/bin/env bash
# Builds the .deb with CPack and checks it: desktop file and metainfo validate, the package holds
# the binary, desktop file, icons, metainfo and man page, and the unpacked (relocated) program
# runs headless.
set -euo pipefail
build_dir=$1
source_dir=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

desktop-file-validate "$source_dir/packaging/io.github.logscope.LogScope.desktop"
appstreamcli validate --no-net --pedantic "$source_dir/packaging/io.github.logscope.LogScope.metainfo.xml" >/dev/null

(cd "$build_dir" && cpack -G DEB -B "$work/out" >/dev/null)
deb=$(ls "$work"/out/*.deb)
echo "package: $(basename "$deb")"
contents=$(dpkg-deb -c "$deb")
for path in ./usr/bin/logscope \
            ./usr/share/applications/io.github.logscope.LogScope.desktop \
            ./usr/share/metainfo/io.github.logscope.LogScope.metainfo.xml \
            ./usr/share/icons/hicolor/scalable/apps/io.github.logscope.LogScope.svg \
            ./usr/share/icons/hicolor/256x256/apps/io.github.logscope.LogScope.png \
            ./usr/share/man/man1/logscope.1; do
    grep -q " $path\$" <<<"$contents" || { echo "missing from package: $path" >&2; exit 1; }
    echo "contains: $path"
done
depends=$(dpkg-deb -f "$deb" Depends)
echo "depends: $depends"
grep -q "libqt6widgets6" <<<"$depends" || { echo "shlibdeps did not compute Qt dependencies" >&2; exit 1; }

# Relocatable: the unpacked tree runs from wherever it lands.
dpkg-deb -x "$deb" "$work/root"
env -u DISPLAY -u WAYLAND_DISPLAY "$work/root/usr/bin/logscope" --version
env -u DISPLAY -u WAYLAND_DISPLAY "$work/root/usr/bin/logscope" generate -n 2000 -p "$work/x.jsonl"
env -u DISPLAY -u WAYLAND_DISPLAY "$work/root/usr/bin/logscope" report "$work/x.jsonl" -o "$work/x.png"
test -s "$work/x.png"
echo "packaging: ok"
