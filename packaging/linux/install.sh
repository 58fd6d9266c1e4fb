#!/bin/sh
# Install AssistDesk from this unpacked folder, for you (default) or for everyone (--system, as root):
#   ./install.sh [--system]            copies the program and adds it to the applications menu
#   ./install.sh [--system] --uninstall removes the program again (never your data: see docs/install.md)
# It first checks that the system has the libraries the window needs (`assistdesk desktop check`)
# and installs nothing when some are missing; --no-desktop-check skips that, for the commands alone.
set -eu

name=@NAME@
app_id=@APP_ID@
here=$(cd "$(dirname "$0")" && pwd)
system=no
action=install
check=yes
for arg in "$@"; do
    case $arg in
        --system) system=yes ;;
        --uninstall) action=uninstall ;;
        --no-desktop-check) check=no ;;
        *) echo "install.sh: unknown option $arg (use --system, --uninstall, --no-desktop-check)." >&2
           exit 2 ;;
    esac
done

if [ "$system" = yes ]; then
    program_dir=/opt/$name
    bin_dir=/usr/local/bin
    share_dir=/usr/local/share
else
    program_dir=$HOME/.local/lib/$name
    bin_dir=$HOME/.local/bin
    share_dir=${XDG_DATA_HOME:-$HOME/.local/share}
fi

refresh_menus() {
    command -v update-desktop-database >/dev/null 2>&1 \
        && update-desktop-database -q "$share_dir/applications" 2>/dev/null || true
    command -v gtk-update-icon-cache >/dev/null 2>&1 \
        && gtk-update-icon-cache -q -t "$share_dir/icons/hicolor" 2>/dev/null || true
}

remove() {
    rm -rf "$program_dir"
    rm -f "$bin_dir/$name" "$share_dir/applications/$app_id.desktop" \
        "$share_dir/metainfo/$app_id.metainfo.xml"
    rm -f "$share_dir"/icons/hicolor/*/apps/"$app_id".png \
        "$share_dir/icons/hicolor/scalable/apps/$app_id.svg"
}

if [ "$action" = uninstall ]; then
    remove
    refresh_menus
    echo "AssistDesk removed from $program_dir; your database and settings were left where they are."
    exit 0
fi

if [ "$here" = "$program_dir" ]; then
    echo "install.sh: run the install.sh of the unpacked download, not of the installed copy." >&2
    exit 2
fi
# One sentence naming the missing libraries and the command that installs them; nothing copied.
if [ "$check" = yes ] && ! problem=$("$here/$name" desktop check 2>&1 >/dev/null); then
    echo "install.sh: ${problem#"$name: "}" >&2
    exit 1
fi
remove
mkdir -p "$program_dir" "$bin_dir"
cp -R "$here/." "$program_dir/"
ln -s "$program_dir/$name" "$bin_dir/$name"
(cd "$here/share" && find . -type f) | while read -r file; do
    mkdir -p "$(dirname "$share_dir/$file")"
    cp "$here/share/$file" "$share_dir/$file"
done
# The menu entry runs the installed program by its full path: ~/.local/bin is not always on PATH.
sed "s|^Exec=.*|Exec=\"$program_dir/$name\"|" "$here/share/applications/$app_id.desktop" \
    > "$share_dir/applications/$app_id.desktop"
refresh_menus
echo "AssistDesk installed in $program_dir; start it from the applications menu or with $bin_dir/$name."
