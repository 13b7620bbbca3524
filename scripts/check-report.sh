#!/usr/bin/env bash
# Renders a report.html in headless Chromium, saves a screenshot, and checks what a person would
# see: every chart drew its bars (the page's script marks each canvas with the pixels of its
# bars, counted in the canvas, and the page with how many charts drew), under the page's
# Content-Security-Policy, offline, and no script from the data ran (a test puts one in a school
# id that sets data-injected on the page).
# Needs Debian's chromium (apt-get install chromium); without it, says so and exits 0, since a
# machine without a browser cannot check and has nothing wrong with the report.
# Usage: scripts/check-report.sh report.html [screenshot.png]
set -euo pipefail
chromium=${CHROMIUM:-/usr/bin/chromium}
if [ ! -x "$chromium" ]; then
  echo "skipped: no $chromium (apt-get install chromium) to render the report in"
  exit 0
fi
report=$(realpath "$1")
shot=${2:-${report%.html}.png}
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
browse() {
  "$chromium" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$profile" --virtual-time-budget=5000 "$@" "file://$report" 2>/dev/null
}
browse --window-size=1280,4000 --hide-scrollbars --screenshot="$shot" >/dev/null
dom=$(browse --dump-dom)
if grep -q ' data-injected=' <<<"$dom"; then
  echo "a script from the report's data ran"; exit 1
fi
canvases=$(grep -o '<canvas [^>]*>' <<<"$dom" || true)
total=$(grep -c 'data-chart=' <<<"$canvases" || true)
drawn=$(grep -c 'data-drawn="true"' <<<"$canvases" || true)
if [ "$total" -eq 0 ]; then
  echo "the report has no chart"; exit 1
fi
if [ "$drawn" -ne "$total" ] || ! grep -q "data-charts-drawn=\"$total of $total\"" <<<"$dom"; then
  echo "only $drawn of $total charts drew:"
  grep -v 'data-drawn="true"' <<<"$canvases" | grep -o 'id="[^"]*"\|data-chart-error="[^"]*"' \
    || true
  exit 1
fi
echo "rendered $report -> $shot; $drawn of $total charts drew; no injected script ran"
