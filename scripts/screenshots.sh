#!/usr/bin/env bash
# Regenerates the README's pictures from the running program: the demo
# ledger in Chinese, in a real terminal (tmux), captured with its colours
# and turned into SVG by scripts/ansi2svg, which places every character in
# its cell so Chinese lines up in any viewer. Run with `make screenshots`.
set -euo pipefail
cd "$(dirname "$0")/.."

OUT=docs/screenshots
WORK=$(mktemp -d)
trap 'tmux -S "$WORK/tmux.sock" kill-server 2>/dev/null || true; rm -rf "$WORK"' EXIT

command -v tmux >/dev/null || { echo "make screenshots needs tmux (apt-get install tmux)" >&2; exit 1; }
mkdir -p "$OUT"
go build -o "$WORK/secretary" ./cmd/secretary
go build -o "$WORK/ansi2svg" ./scripts/ansi2svg
DB="$WORK/secretary.db"
"$WORK/secretary" --db "$DB" demo >/dev/null
# The shots start on their screens, not under the today panel (its own shot opens it with T).
"$WORK/secretary" --db "$DB" settings today_panel off >/dev/null

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
	"$WORK/ansi2svg" < "$WORK/$name.ansi" > "$OUT/$name.svg"
	echo "wrote $OUT/$name.svg"
}

shot plans
shot tasks 2
shot people 2 o
shot task-form 2 n
shot filter 2 / z s
shot activities 3
shot assessment 4 j enter
shot rectifications 4 o
shot meetings 5 j j j j enter
shot decisions 5 o
shot minutes 5 j j j j P
shot today T
shot coverage c j j j j
shot evidence 4 o o
shot selfcheck 4 o o p

# The wall list as printed (A4 landscape), first page, from the real PDF:
# needs Chromium and poppler-utils; skipped without them.
if command -v pdftoppm >/dev/null && { command -v chromium || command -v chromium-browser || command -v google-chrome; } >/dev/null; then
	"$WORK/secretary" --db "$DB" --lang zh print tasks -o "$WORK/wall.pdf" >/dev/null
	pdftoppm -png -r 72 -f 1 -l 1 -singlefile "$WORK/wall.pdf" "$OUT/wall-list"
	echo "wrote $OUT/wall-list.png"
else
	echo "skipped $OUT/wall-list.png: needs chromium and pdftoppm (apt-get install chromium poppler-utils)" >&2
fi
