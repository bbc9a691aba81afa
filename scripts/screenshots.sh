#!/usr/bin/env bash
# Regenerates the README's pictures from the running program: the demo
# ledger in Chinese, in a real terminal (tmux), captured with its colours
# and turned into SVG by charmbracelet/freeze. Run with `make screenshots`.
set -euo pipefail
cd "$(dirname "$0")/.."

OUT=docs/screenshots
FREEZE="go run github.com/charmbracelet/freeze@v0.2.2"
WORK=$(mktemp -d)
trap 'tmux -S "$WORK/tmux.sock" kill-server 2>/dev/null || true; rm -rf "$WORK"' EXIT

command -v tmux >/dev/null || { echo "make screenshots needs tmux (apt-get install tmux)" >&2; exit 1; }
mkdir -p "$OUT"
go build -o "$WORK/secretary" ./cmd/secretary
DB="$WORK/secretary.db"
"$WORK/secretary" --db "$DB" demo >/dev/null

T="tmux -S $WORK/tmux.sock"
shot() { # name, keys...
	local name=$1; shift
	$T new-session -d -s s -x 120 -y 32 \
		"env LANG=zh_CN.UTF-8 TERM=xterm-256color COLORFGBG='15;0' '$WORK/secretary' --db '$DB'"
	sleep 1.5
	for k in "$@"; do $T send-keys -t s "$k"; sleep 0.3; done
	sleep 0.5
	$T capture-pane -e -p -t s > "$WORK/$name.ansi"
	$T kill-session -t s
	$FREEZE --language ansi --window=false --padding 20 --background "#1a1b26" \
		-o "$OUT/$name.svg" "$WORK/$name.ansi" >/dev/null
	echo "wrote $OUT/$name.svg"
}

shot plans
shot tasks 2
shot people 2 o
shot task-form 2 n
shot filter 2 / z s
