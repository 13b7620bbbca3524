#!/usr/bin/env bash
# Renders a report.html in headless Chromium and saves a screenshot, to check that the charts
# draw offline in a real browser under the page's Content-Security-Policy, and that no script
# from the data ran (a test puts one in a school id that sets data-injected on the page).
# Needs Debian's chromium (apt-get install chromium).
# Usage: scripts/check-report.sh report.html [screenshot.png]
set -euo pipefail
report=$(realpath "$1")
shot=${2:-${report%.html}.png}
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
browse() {
  chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$profile" --virtual-time-budget=3000 "$@" "file://$report" 2>/dev/null
}
browse --window-size=1280,3200 --screenshot="$shot"
dom=$(browse --dump-dom)
# Chart.js sizes each canvas it draws into: a page whose scripts were blocked keeps bare canvases
grep -q '<canvas id="chartTiersBySchool"[^>]* width=' <<<"$dom" \
  || { echo "report did not draw its charts"; exit 1; }
if grep -q ' data-injected=' <<<"$dom"; then
  echo "a script from the report's data ran"; exit 1
fi
echo "rendered $report -> $shot; charts drawn, no injected script ran"
