#!/usr/bin/env bash
# Side by side: the whole corpus as one Word file, with this tool (the CLI process, end to end:
# start, load the space, write the DOCX) and with pandoc (`pandoc pages… -o out.docx`, the same
# pages concatenated in table-of-contents order, pictures found through --resource-path).
# Several runs each; prints every timing, the medians and their ratio.
# usage: bench/docx-vs-pandoc.sh [runs]   (ITOU_CORPUS overrides the corpus folder)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
corpus="$(realpath "${ITOU_CORPUS:-../shared/corpus/itou-gitbook}")"
[ -d "$corpus" ] || { echo "corpus not found at $corpus: nothing to measure"; exit 0; }
command -v pandoc >/dev/null || { echo "pandoc is needed (apt-get install pandoc)"; exit 1; }

out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
dotnet build src/Itou.Export.Cli -c Release -v quiet -nologo >/dev/null
cli="$PWD/src/Itou.Export.Cli/bin/Release/net10.0/itou-export.dll"

# The pages of SUMMARY.md in order (what the book prints), and every folder holding one, for pandoc's pictures.
mapfile -t pages < <(grep -oE '\]\([^)#]+\.md\)' "$corpus/SUMMARY.md" | sed -E 's/^\]\((.*)\)$/\1/' | awk '!seen[$0]++')
resources="$(printf '%s\n' "${pages[@]}" | xargs -n1 dirname | sort -u | paste -sd: -)"

now() { date +%s%N; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

ours=(); theirs=()
for run in $(seq "$runs"); do
  start=$(now); dotnet "$cli" docx "$corpus" -o "$out/ours.docx" >/dev/null 2>&1; ours+=($(( ($(now) - start) / 1000000 )))
  start=$(now); (cd "$corpus" && pandoc -f markdown -t docx --resource-path=".:$resources" "${pages[@]}" -o "$out/pandoc.docx" 2>/dev/null); theirs+=($(( ($(now) - start) / 1000000 )))
  echo "run $run: itou-export ${ours[-1]} ms, pandoc ${theirs[-1]} ms"
done
ours_median=$(printf '%s\n' "${ours[@]}" | median)
theirs_median=$(printf '%s\n' "${theirs[@]}" | median)
echo "pages: ${#pages[@]}; sizes: itou-export $(stat -c %s "$out/ours.docx") bytes, pandoc $(stat -c %s "$out/pandoc.docx") bytes"
echo "median: itou-export $ours_median ms, pandoc $theirs_median ms, pandoc / itou-export = $(awk -v a="$theirs_median" -v b="$ours_median" 'BEGIN {printf "%.2f", a / b}')x"
