#!/bin/bash
# ctest editor.neovim: runs tests/editor/neovim_lsp.lua in headless Neovim
# with the santun under test first on PATH. Skips (77) only without nvim;
# scripts/setup.sh installs it.
# Usage: neovim_lsp.sh SANTUN_BINARY SOURCE_DIR
set -u
santun=$(realpath "$1")
source_dir=$(realpath "$2")
if ! command -v nvim > /dev/null; then
  echo "editor.neovim: nvim not found (apt-get install neovim); skipped"
  exit 77
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/bin" "$work/ws" "$work/home"
ln -s "$santun" "$work/bin/santun"
: > "$work/ws/santun.toml"
cd "$work/ws" || exit 1
# No user configuration, shada or swap files; HOME and XDG folders inside $work.
HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share" \
  XDG_STATE_HOME="$work/home/.local/state" XDG_CACHE_HOME="$work/home/.cache" \
  PATH="$work/bin:$PATH" SANTUN_EDITOR_DIR="$work/ws" SANTUN_EDITOR_DOCS="$source_dir/docs/editors.md" \
  timeout 40 nvim --headless -u NONE -i NONE -n -c "luafile $source_dir/tests/editor/neovim_lsp.lua" \
  -c "cquit 3" < /dev/null  # reached only when the script could not run
status=$?
if [ $status -eq 124 ]; then echo "editor.neovim: nvim did not finish within 40 s" >&2; fi
exit $status
