#!/usr/bin/env bash
# Side-by-side: the whole corpus as a PDF book with itou-export, and with pandoc (Markdown → HTML)
# + headless Chromium --print-to-pdf, several runs each. Prints every run, the median of each route
# and their ratio. Wall time of whole processes, as a user would see them.
#
#   bench/pdf-vs-chromium.sh [SPACE] [RUNS]
#   SPACE defaults to ../shared/corpus/itou-gitbook beside the repository, RUNS to 5.
# Needs the .NET SDK and the Debian packages pandoc and chromium (apt-get install -y pandoc chromium).
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
space=$(cd "${1:-$repo/../shared/corpus/itou-gitbook}" && pwd)
runs=${2:-5}
for tool in pandoc chromium; do
  command -v "$tool" >/dev/null || { echo "pdf-vs-chromium: $tool is missing (apt-get install -y pandoc chromium)"; exit 2; }
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "building the CLI (Release)…"
dotnet build "$repo/src/Itou.Export.Cli" -c Release -o "$work/cli" >"$work/build.log" 2>&1 \
  || { cat "$work/build.log"; exit 1; }
cli="$work/cli/itou-export"

# The pages in reading order: every .md link of SUMMARY.md, as pandoc would be fed by hand.
mapfile -t pages < <(grep -oE '\]\([^)#]+\.md' "$space/SUMMARY.md" | sed -E 's/^\]\(//' | awk '!seen[$0]++')
# Images are written relative to their page: let pandoc look in every page folder.
resource_path=$(cd "$space" && find . -name '*.md' -printf '%h\n' | sort -u | sed "s|^\.|$space|" | paste -sd:)

now() { date +%s.%N; }
median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

itou_run() {
  "$cli" pdf "$space" -o "$work/itou.pdf" >"$work/itou.log" 2>&1 || { cat "$work/itou.log"; exit 1; }
}

chromium_run() {
  # GitBook's {% tag %} lines are dropped so that pandoc sees plain Markdown (pandoc cannot read them).
  (cd "$space" && cat "${pages[@]}") | sed -E '/^\s*\{%.*%\}\s*$/d' >"$work/book.md"
  # Images are copied beside the HTML (--extract-media); remote ones fail fast offline and become their alt text.
  rm -rf "$work/media"
  (cd "$work" && pandoc book.md -f gfm -t html5 --standalone --metadata title="$(basename "$space")" \
    --resource-path="$resource_path" --extract-media=media -o book.html 2>pandoc.log)
  chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$(mktemp -d -p "$work")" --no-pdf-header-footer \
    --print-to-pdf="$work/chromium.pdf" "file://$work/book.html" >"$work/chromium.log" 2>&1
  [ -s "$work/chromium.pdf" ] || { cat "$work/chromium.log"; exit 1; }
}

time_runs() { # name function → prints one time per run on stdout
  local name=$1 fn=$2 start
  for ((i = 1; i <= runs; i++)); do
    start=$(now)
    "$fn"
    awk -v a="$start" -v b="$(now)" 'BEGIN { printf "%.3f\n", b - a }'
  done | tee "$work/$name.times" | sed "s/^/  $name: /" >&2
}

echo "${#pages[@]} pages from $space, $runs runs each"
itou_run # warm the disk cache and the .NET runtime files, untimed
time_runs itou-export itou_run
chromium_run
time_runs pandoc+chromium chromium_run

itou=$(median <"$work/itou-export.times")
chrome=$(median <"$work/pandoc+chromium.times")
pages_of() { pdfinfo "$1" 2>/dev/null | awk '/^Pages:/ { print $2 }'; }
echo
printf 'itou-export      median %6.3f s  (%s pages, %s bytes)\n' "$itou" "$(pages_of "$work/itou.pdf")" "$(stat -c %s "$work/itou.pdf")"
printf 'pandoc+chromium  median %6.3f s  (%s pages, %s bytes)\n' "$chrome" "$(pages_of "$work/chromium.pdf")" "$(stat -c %s "$work/chromium.pdf")"
awk -v a="$itou" -v b="$chrome" 'BEGIN { printf "ratio            %.1f× faster\n", b / a }'
