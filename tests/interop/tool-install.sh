#!/usr/bin/env bash
# Packs the repository (dotnet pack at its root) into a temporary folder, installs the tool from that folder as a user
# would (dotnet tool install --add-source), with an empty NuGet cache, and runs the installed command
# on the bundled sample space. Fails on the first step that does not work.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

echo "tool-install: packing the repository into $work/feed (dotnet pack at the root, as the README says)"
# The tool is a .NET 10 RID-specific tool: a small top-level package naming one package per runtime
# (linux-x64 compiled to native code, "any" portable). One pack at the root must make all three.
dotnet pack "$repo" -c Release -o "$work/feed" -p:ContinuousIntegrationBuild=true >"$work/pack.log" 2>&1 || { cat "$work/pack.log"; exit 1; }
tool_package=$(cd "$work/feed" && ls Itou.Export.Cli.[0-9]*.nupkg)
version=${tool_package#Itou.Export.Cli.}
version=${version%.nupkg}
for file in Itou.Export.$version.nupkg Itou.Export.$version.snupkg "$tool_package" Itou.Export.Cli.linux-x64.$version.nupkg Itou.Export.Cli.any.$version.nupkg; do
  [ -s "$work/feed/$file" ] || { echo "tool-install: $file was not produced"; exit 1; }
done
# Deterministic: packing the library again from the same commit gives the same bytes.
dotnet pack "$repo/src/Itou.Export" -c Release -o "$work/feed-again" -p:ContinuousIntegrationBuild=true >"$work/pack.log" 2>&1 || { cat "$work/pack.log"; exit 1; }
cmp "$work/feed/Itou.Export.$version.nupkg" "$work/feed-again/Itou.Export.$version.nupkg" \
  || { echo "tool-install: packing twice gave different library packages"; exit 1; }
unzip -l "$work/feed/Itou.Export.$version.nupkg" >"$work/library-files.txt"
for entry in README.md LICENSE icon.png lib/net10.0/Itou.Export.xml schemas/theme.schema.json; do
  grep -q " $entry\$" "$work/library-files.txt" || { echo "tool-install: $entry missing from the library package"; exit 1; }
done

echo "tool-install: installing Itou.Export.Cli $version from the local folder (empty NuGet cache)"
NUGET_PACKAGES="$work/nuget" dotnet tool install --tool-path "$work/tools" --add-source "$work/feed" \
  Itou.Export.Cli --version "$version" >"$work/install.log" 2>&1 || { cat "$work/install.log"; exit 1; }
itou="$work/tools/itou-export"
# On linux-x64 the native package is the one installed (the others get the portable one).
linux_package="$work/tools/.store/itou.export.cli/$version/itou.export.cli.linux-x64"
if [ "$(uname -s)-$(uname -m)" = "Linux-x86_64" ] && [ ! -d "$linux_package" ]; then
  ls -R "$work/tools/.store" | head -20; echo "tool-install: the linux-x64 package was not the one installed"; exit 1
fi
# Native AOT where a C toolchain is found (see the CLI's csproj), ReadyToRun otherwise: say which was installed.
if [ -d "$linux_package" ]; then
  if find "$linux_package" -name itou-export.dll | grep -q .; then build="ReadyToRun (no C toolchain found)"; else build="native (Native AOT)"; fi
  echo "tool-install: the linux-x64 package installed holds the $build build"
fi

"$itou" --help >"$work/help.txt"
grep -q "Exit codes:" "$work/help.txt" || { cat "$work/help.txt"; echo "tool-install: --help lacks the exit codes"; exit 1; }
"$itou" toc "$repo/samples/space" >"$work/toc.txt"
grep -q "Réparer un vélo" "$work/toc.txt" || { cat "$work/toc.txt"; echo "tool-install: toc output unexpected"; exit 1; }
if grep -qE '^\s+pdf\s' "$work/help.txt"; then
  "$itou" pdf "$repo/samples/space" --theme "$repo/samples/theme/theme.json" -o "$work/sample.pdf" --report "$work/report.json" --quiet
  head -c 5 "$work/sample.pdf" | grep -q "%PDF-" || { echo "tool-install: the installed tool did not write a PDF"; exit 1; }
  grep -q '"missing": 0' "$work/report.json" || { cat "$work/report.json"; echo "tool-install: the report lacks its content counts"; exit 1; }
  echo "tool-install: pdf export of the sample: $(stat -c %s "$work/sample.pdf") bytes"
fi

# The native build must write what the portable (JIT) build writes, byte for byte: trimming or AOT
# compilation must not change a document. Compared on the sample space and, when present, the corpus.
mkdir -p "$work/portable"
unzip -q "$work/feed/Itou.Export.Cli.any.$version.nupkg" 'tools/*' -d "$work/portable"
portable=("dotnet" "$work/portable/tools/net10.0/any/itou-export.dll")
parity() {
  local space=$1 name=$2; shift 2
  for format in pdf docx; do
    "$itou" "$format" "$space" "$@" -o "$work/$name-native.$format" --quiet
    "${portable[@]}" "$format" "$space" "$@" -o "$work/$name-portable.$format" --quiet
    cmp -s "$work/$name-native.$format" "$work/$name-portable.$format" \
      || { echo "tool-install: the native and portable builds wrote different $name.$format"; exit 1; }
    [ -s "$work/$name-native.$format" ] || { echo "tool-install: no $name.$format written"; exit 1; }
  done
  echo "tool-install: native and portable builds write the same $name PDF and DOCX"
}
parity "$repo/samples/space" sample --theme "$repo/samples/theme/theme.json"
corpus="$repo/../shared/corpus/itou-gitbook"
if [ -d "$corpus" ]; then parity "$corpus" corpus; else echo "tool-install: corpus not found at $corpus: parity checked on the sample only"; fi
echo "tool-install: ok (tool packages: linux-x64 $(du -h "$work/feed/Itou.Export.Cli.linux-x64.$version.nupkg" | cut -f1), any $(du -h "$work/feed/Itou.Export.Cli.any.$version.nupkg" | cut -f1))"
