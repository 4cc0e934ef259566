#!/usr/bin/env bash
# Installs the Debian 12 packages LogScope needs to build, test and run.
# Idempotent and quiet: it installs only what is missing and prints nothing when all is present.
set -euo pipefail

packages=(
    # toolchain
    g++ cmake ninja-build pkg-config
    # Qt 6.4: Core, Gui, Widgets, Concurrent, Test, Charts, LinguistTools, Qt's own translations
    qt6-base-dev qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n libgl-dev libqt6opengl6-dev
    # runtime: the SVG icon plugin
    libqt6svg6
    # core libraries
    libeigen3-dev nlohmann-json3-dev libsimdjson-dev zlib1g-dev libzstd-dev libpcre2-dev
    # packaging and its checks: .deb dependencies, desktop file and AppStream validation
    dpkg-dev file desktop-file-utils appstream
    # fonts for headless rendering of the dashboard (WenQuanYi for the Chinese translation)
    fonts-dejavu-core fonts-wqy-microhei
)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed"; then
        missing+=("$p")
    fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
    sudo_cmd=(sudo)
fi
echo "install-deps: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq >/dev/null
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null 2>&1 ||
    { echo "install-deps: apt-get install failed" >&2; exit 1; }
