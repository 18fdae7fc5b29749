#!/usr/bin/env bash
# Side-by-side: the whole corpus as a PDF book with itou-export, and with pandoc (Markdown → HTML)
# + headless Chromium --print-to-pdf, several runs each. Prints every run, the median of each route
# and their ratio: wall time of whole processes, as a user would see them, and CPU time (user + sys,
# children included), which stays meaningful when other work shares the machine.
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

# Published as the tool ships: native code (Native AOT) for this machine, ReadyToRun where no C toolchain is found (see the CLI's csproj).
echo "publishing the CLI (Release, native)…"
dotnet publish "$repo/src/Itou.Export.Cli" -c Release --use-current-runtime -o "$work/cli" >"$work/build.log" 2>&1 \
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

time_runs() { # name function → one "wall cpu" line per run in $work/name.times
  local name=$1 fn=$2 timing
  local TIMEFORMAT='%R %U %S'
  for ((i = 1; i <= runs; i++)); do
    timing=$({ time "$fn" >/dev/null; } 2>&1)
    awk '{ printf "%.3f %.3f\n", $1, $2 + $3 }' <<<"$timing"
  done | tee "$work/$name.times" | awk -v n="$name" '{ printf "  %s: wall %s s, cpu %s s\n", n, $1, $2 }' >&2
}

echo "${#pages[@]} pages from $space, $runs runs each"
itou_run # warm the disk cache and the .NET runtime files, untimed
time_runs itou-export itou_run
chromium_run
time_runs pandoc+chromium chromium_run

column() { awk -v c="$1" '{ print $c }' "$2" | median; }
itou=$(column 1 "$work/itou-export.times"); itou_cpu=$(column 2 "$work/itou-export.times")
chrome=$(column 1 "$work/pandoc+chromium.times"); chrome_cpu=$(column 2 "$work/pandoc+chromium.times")
pages_of() { pdfinfo "$1" 2>/dev/null | awk '/^Pages:/ { print $2 }'; }
echo
printf 'itou-export      median wall %7.3f s, cpu %7.3f s  (%s pages, %s bytes)\n' "$itou" "$itou_cpu" "$(pages_of "$work/itou.pdf")" "$(stat -c %s "$work/itou.pdf")"
printf 'pandoc+chromium  median wall %7.3f s, cpu %7.3f s  (%s pages, %s bytes)\n' "$chrome" "$chrome_cpu" "$(pages_of "$work/chromium.pdf")" "$(stat -c %s "$work/chromium.pdf")"
awk -v a="$itou" -v b="$chrome" -v c="$itou_cpu" -v d="$chrome_cpu" 'BEGIN { printf "ratio            %.1f× faster (wall), %.1f× less cpu\n", b / a, d / c }'
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
