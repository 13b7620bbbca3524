#!/usr/bin/env bash
# Renders a report.html in headless Chromium and saves a screenshot, to check that the charts
# draw offline in a real browser. Needs Debian's chromium (apt-get install chromium).
# Usage: scripts/check-report.sh report.html [screenshot.png]
set -euo pipefail
report=$(realpath "$1")
shot=${2:-${report%.html}.png}
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$profile" --window-size=1280,3200 --virtual-time-budget=3000 \
  --screenshot="$shot" "file://$report" 2>/dev/null
# the charts draw into canvases: a page whose scripts failed would show empty boxes
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$profile" --virtual-time-budget=3000 --dump-dom "file://$report" 2>/dev/null \
  | grep -q '<canvas id="chartTiersBySchool"' || { echo "report did not load"; exit 1; }
echo "rendered $report -> $shot"
