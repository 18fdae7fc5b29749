#!/usr/bin/env bash
# Packs the library and the tool into a temporary folder, installs the tool from that folder as a user
# would (dotnet tool install --add-source), with an empty NuGet cache, and runs the installed command
# on the bundled sample space. Fails on the first step that does not work.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

echo "tool-install: packing into $work/feed"
for project in src/Itou.Export src/Itou.Export.Cli; do
  dotnet pack "$repo/$project" -c Release -o "$work/feed" -p:ContinuousIntegrationBuild=true >"$work/pack.log" 2>&1 || { cat "$work/pack.log"; exit 1; }
done
# The tool is a .NET 10 RID-specific tool: a small top-level package naming one package per runtime
# (linux-x64 compiled ReadyToRun, "any" portable), all three in the feed.
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
# On linux-x64 the ReadyToRun package is the one installed (the others get the portable one).
if [ "$(uname -s)-$(uname -m)" = "Linux-x86_64" ] && [ ! -d "$work/tools/.store/itou.export.cli/$version/itou.export.cli.linux-x64" ]; then
  ls -R "$work/tools/.store" | head -20; echo "tool-install: the linux-x64 package was not the one installed"; exit 1
fi

"$itou" --help >"$work/help.txt"
grep -q "Exit codes:" "$work/help.txt" || { cat "$work/help.txt"; echo "tool-install: --help lacks the exit codes"; exit 1; }
"$itou" toc "$repo/samples/space" >"$work/toc.txt"
grep -q "Réparer un vélo" "$work/toc.txt" || { cat "$work/toc.txt"; echo "tool-install: toc output unexpected"; exit 1; }
if grep -qE '^\s+pdf\s' "$work/help.txt"; then
  "$itou" pdf "$repo/samples/space" --theme "$repo/samples/theme/theme.json" -o "$work/sample.pdf" --quiet
  head -c 5 "$work/sample.pdf" | grep -q "%PDF-" || { echo "tool-install: the installed tool did not write a PDF"; exit 1; }
  echo "tool-install: pdf export of the sample: $(stat -c %s "$work/sample.pdf") bytes"
fi
echo "tool-install: ok (tool packages: linux-x64 $(du -h "$work/feed/Itou.Export.Cli.linux-x64.$version.nupkg" | cut -f1), any $(du -h "$work/feed/Itou.Export.Cli.any.$version.nupkg" | cut -f1))"
