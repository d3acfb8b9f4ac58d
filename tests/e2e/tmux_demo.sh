#!/usr/bin/env bash
# End-to-end: drive `adr-tui --demo` in a real 80x24 tmux pane and check what a user sees.
# Not part of the unit run (pytest does not collect .sh files). Usage:
#   tests/e2e/tmux_demo.sh [path/to/adr-tui]
# Exit status 0 when every check passed; the captured panes are left in $OUT.
set -euo pipefail

ADR_TUI=${1:-"$(cd "$(dirname "$0")/../.." && pwd)/.venv/bin/adr-tui"}
SESSION="adr-tui-e2e-$$"
SOCKET="adr-tui-e2e-$$"   # a private tmux server: other tmux users are not disturbed
tmux() { command tmux -L "$SOCKET" "$@"; }
OUT=$(mktemp -d)
export ADR_TUI_CACHE_DIR="$OUT/cache"   # never $HOME
export ADR_TUI_CONFIG="$OUT/no-keymap.toml"
failures=0

cleanup() { tmux kill-server 2>/dev/null || true; }  # our private server only
trap cleanup EXIT

capture() { tmux capture-pane -p -t "$SESSION" > "$OUT/$1.txt"; }

# Wait (up to ~20 s) until the pane shows $1.
wait_for() {
  for _ in $(seq 1 100); do
    if tmux capture-pane -p -t "$SESSION" | grep -qF -- "$1"; then return 0; fi
    sleep 0.2
  done
  echo "timeout waiting for: $1; the pane shows:" >&2
  tmux capture-pane -p -t "$SESSION" >&2
  return 1
}

check() {  # check NAME TEXT: the last capture NAME contains TEXT
  if grep -qF -- "$2" "$OUT/$1.txt"; then
    echo "ok   $1: $2"
  else
    echo "FAIL $1: expected '$2'" >&2
    failures=$((failures + 1))
  fi
}

send() { tmux send-keys -t "$SESSION" "$@"; }

started=$(date +%s.%N)
tmux new-session -d -s "$SESSION" -x 80 -y 24 "$ADR_TUI --demo; sleep 3"
wait_for "ADRs  sort:"
painted=$(date +%s.%N)
echo "first paint of the demo list: $(echo "$painted - $started" | bc) s (includes building the demo repo)"
wait_for "/ Search"  # the footer's keys come once the first list is drawn
capture browse
check browse "Record architecture decisions"
check browse "/ Search"

# Wait on the list itself, not on the header: the header names a new query at once,
# before its rows come. An escape sent before the hits came kept ADR-0001, so
# 'j j enter' opened ADR-0003 (one run of 42ebb5b).
send /; send -l "session"; wait_for "sort: relevance"; send Enter
wait_for "▶ 0003"  # the hits are listed, the first highlighted
capture search
check search "Session"

send Escape; wait_for "41/41 ADRs  sort: number"  # the whole list, still on ADR-0003
send j; wait_for "▶ 0004"
send j; wait_for "▶ 0005"
send Enter; wait_for "ADR-0005"
capture adr
check adr "ADR-0005"
check adr "esc Back"

send v; wait_for "1 # 5. Deploy to Heroku"; capture source  # numbered raw lines
check source "7 Superceded by [14."

send Escape; wait_for "/ Search"
send "?"; wait_for "Keys available now"
capture help
check help "Help: Browse"
# The key table is below the screen's prose at 80x24: its end shows the last keys.
send End; wait_for "opens the command palette"
capture help-end
check help-end "app.help"

send Escape; wait_for "/ Search"; send p; wait_for "enter opens"
capture problems
check problems "problem"

send Escape; wait_for "/ Search"; send q
sleep 1
if tmux has-session -t "$SESSION" 2>/dev/null && tmux capture-pane -p -t "$SESSION" | grep -qF "ADRs  sort:"; then
  echo "FAIL quit: the app is still running" >&2
  failures=$((failures + 1))
else
  echo "ok   quit"
fi

echo "captures in $OUT"
exit $((failures > 0))
