#!/usr/bin/env bash
# Side by side: the whole corpus as one Word file, with this tool (the CLI process, end to end:
# start, load the space, write the DOCX) and with pandoc (`pandoc pages… -o out.docx`, the same
# pages concatenated in table-of-contents order, pictures found through --resource-path).
# Several runs each; prints every wall time and CPU time (user + system: what the work costs, apart
# from other processes competing for the cores), their medians and the ratios.
# usage: bench/docx-vs-pandoc.sh [runs]   (ITOU_CORPUS overrides the corpus folder)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
corpus="$(realpath "${ITOU_CORPUS:-../shared/corpus/itou-gitbook}")"
[ -d "$corpus" ] || { echo "corpus not found at $corpus: nothing to measure"; exit 0; }
command -v pandoc >/dev/null || { echo "pandoc is needed (apt-get install pandoc)"; exit 1; }

out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
# Published as the tool ships: native code (Native AOT) for this machine, ReadyToRun where no C toolchain is found (see the CLI's csproj).
dotnet publish src/Itou.Export.Cli -c Release --use-current-runtime -o "$out/cli" -v quiet -nologo >/dev/null
cli="$out/cli/itou-export"

# The pages of SUMMARY.md in order (what the book prints), and every folder holding one, for pandoc's pictures.
mapfile -t pages < <(grep -oE '\]\([^)#]+\.md\)' "$corpus/SUMMARY.md" | sed -E 's/^\]\((.*)\)$/\1/' | awk '!seen[$0]++')
resources="$(printf '%s\n' "${pages[@]}" | xargs -n1 dirname | sort -u | paste -sd: -)"

# Runs a command, appends "wall_ms cpu_ms" to the file named by $1.
measure() {
  local into="$1"; shift
  /usr/bin/time -f "%e %U %S" -o "$out/time" "$@" >/dev/null 2>&1
  awk '{printf "%d %d\n", $1 * 1000, ($2 + $3) * 1000}' "$out/time" >> "$into"
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

command -v /usr/bin/time >/dev/null || { echo "GNU time is needed (apt-get install time)"; exit 1; }
for run in $(seq "$runs"); do
  measure "$out/ours" "$cli" docx "$corpus" -o "$out/ours.docx"
  (cd "$corpus" && measure "$out/pandoc" pandoc -f markdown -t docx --resource-path=".:$resources" "${pages[@]}" -o "$out/pandoc.docx")
  echo "run $run: itou-export $(tail -1 "$out/ours" | awk '{print $1 " ms wall, " $2 " ms CPU"}'); pandoc $(tail -1 "$out/pandoc" | awk '{print $1 " ms wall, " $2 " ms CPU"}')"
done
echo "pages: ${#pages[@]}; sizes: itou-export $(stat -c %s "$out/ours.docx") bytes, pandoc $(stat -c %s "$out/pandoc.docx") bytes"
for column in 1 2; do
  name=$([ $column = 1 ] && echo wall || echo CPU)
  a=$(awk -v c=$column '{print $c}' "$out/ours" | median); b=$(awk -v c=$column '{print $c}' "$out/pandoc" | median)
  echo "median $name: itou-export $a ms, pandoc $b ms, pandoc / itou-export = $(awk -v a="$b" -v b="$a" 'BEGIN {printf "%.2f", a / b}')x"
done
