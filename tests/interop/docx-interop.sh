#!/usr/bin/env bash
# Proves real clients accept our Word files: exports the corpus as a book, a section and a one-page
# brief, then for each file LibreOffice (headless) must convert it to PDF without error, and pandoc
# must read it back with >= 99.5 % of the source words, every image and the headings at the right
# levels (tests/interop/docx_readback.py). Installs pandoc and LibreOffice Writer with apt when absent.
# Skips cleanly when the shared corpus is not beside the repository (a fresh clone).
set -euo pipefail
cd "$(dirname "$0")/../.."
corpus="${ITOU_CORPUS:-../shared/corpus/itou-gitbook}"
if [ ! -d "$corpus" ]; then
  echo "docx-interop: corpus not found at $corpus: skipped"
  exit 0
fi

install() {
  if [ "$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@"; \
  else sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@"; fi
}
command -v pandoc >/dev/null || install pandoc
command -v soffice >/dev/null || install libreoffice-writer-nogui || install libreoffice-writer
command -v python3 >/dev/null || install python3
command -v pdfinfo >/dev/null || install poppler-utils

out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
dotnet build bench/Itou.Export.Bench -c Release -v quiet -nologo >/dev/null
exporter=(dotnet bench/Itou.Export.Bench/bin/Release/net10.0/Itou.Export.Bench.dll docx "$corpus")
"${exporter[@]}" "$out/book.docx" --manifest "$out/book.json" >/dev/null 2>&1
"${exporter[@]}" "$out/section.docx" --section le-marche-de-linclusion/README.md --manifest "$out/section.json" >/dev/null 2>&1
"${exporter[@]}" "$out/brief.docx" --page pourquoi-une-plateforme-de-linclusion/qui-est-derriere-la-plateforme-de-linclusion.md \
  --manifest "$out/brief.json" >/dev/null 2>&1

status=0
for kind in book section brief; do
  # A private LibreOffice profile: several conversions (or helpers) may run at once.
  if ! soffice -env:UserInstallation="file://$out/lo-$kind" --headless --convert-to pdf --outdir "$out" "$out/$kind.docx" >"$out/$kind.log" 2>&1 \
     || ! pages=$(pdfinfo "$out/$kind.pdf" 2>/dev/null | awk '/^Pages:/ {print $2}') || [ -z "$pages" ] || [ "$pages" -lt 1 ]; then
    echo "$kind.docx: LibreOffice could not convert it to PDF"; cat "$out/$kind.log"; status=1
  else
    echo "$kind.docx: LibreOffice converted it to a PDF of $pages pages"
  fi
  python3 tests/interop/docx_readback.py "$out/$kind.docx" "$out/$kind.json" || status=1
done
exit $status
