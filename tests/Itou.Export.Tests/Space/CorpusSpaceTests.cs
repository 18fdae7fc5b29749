using Itou.Export.Publishing;
using Itou.Export.Space;
using Itou.Export.Tests.Support;

namespace Itou.Export.Tests.Space;

public class CorpusSpaceTests
{
    private static Task<GitBookSpace> LoadCorpus() =>
        SpaceLoader.LoadAsync(TestPaths.CorpusOrSkip(), cancellationToken: TestContext.Current.CancellationToken);

    // Where a text occurs in the corpus files as written: the independent oracle for file:line.
    private static string[] RawPlaces(string root, string text) =>
        [.. Directory.EnumerateFiles(root, "*.md", SearchOption.AllDirectories)
            .SelectMany(file => File.ReadAllLines(file).Select((line, index) => (file, line, index)))
            .Where(hit => hit.line.Contains(text, StringComparison.Ordinal))
            .Select(hit => $"{Path.GetRelativePath(root, hit.file).Replace('\\', '/')}:{hit.index + 1}")
            .Order(StringComparer.Ordinal)];

    [Fact]
    public async Task The_tree_matches_the_summary_entry_for_entry()
    {
        var space = await LoadCorpus();
        var summaryEntries = File.ReadAllLines(Path.Combine(space.Folder, "SUMMARY.md"))
            .Where(line => line.TrimStart().StartsWith("* [", StringComparison.Ordinal))
            .ToList();

        var entries = space.TocEntries.Where(node => node.Kind == TocNodeKind.Page).ToList();

        Assert.Equal(81, entries.Count);
        Assert.Equal(7, space.TocEntries.Count(node => node.Kind == TocNodeKind.Group));
        Assert.Equal(summaryEntries.Count, entries.Count);
        foreach (var (node, line) in entries.Zip(summaryEntries))
        {
            Assert.NotNull(node.Page);
            Assert.Contains($"]({node.Path})", line, StringComparison.Ordinal);
            var indent = line.Length - line.TrimStart().Length;
            var groupLevel = Top(node).Kind == TocNodeKind.Group ? 1 : 0;
            Assert.Equal(indent / 2 + groupLevel, node.Depth);
        }
        Assert.Equal("🚀La Bande à ITOU !", entries.Single(node => node.Path == "la-bande-a-itou.md").Title);
        Assert.Equal("📈 Le pilotage de l'inclusion", entries.Single(node => node.Path == "le-pilotage-de-linclusion/README.md").Title);
        Assert.Equal("📚 Documentation sur la Plateforme de l'inclusion", space.Title);
    }

    private static TocNode Top(TocNode node) => node.Parent is null ? node : Top(node.Parent);

    [Fact]
    public async Task The_13_orphan_pages_are_reported_with_their_file()
    {
        var space = await LoadCorpus();

        Assert.Equal(94, space.Pages.Count);
        Assert.Equal(13, space.Orphans.Count);
        var reported = space.Diagnostics.Items.Where(d => d.Code == DiagnosticCodes.SpaceOrphan).Select(d => d.File);
        Assert.Equal(space.Orphans.Select(page => page.Path).Order(StringComparer.Ordinal), reported);
        Assert.Contains("reponses-a-mes-questions-faq/faq-prescripteur.md", reported);
        Assert.Contains("le-marche-de-linclusion.md", reported);
    }

    [Fact]
    public async Task The_9_broken_references_and_the_dangling_link_are_reported_with_file_and_line()
    {
        var space = await LoadCorpus();

        ReferenceChecker.Check(Publication.Create(space, ExportSelection.Book));

        var broken = TempSpace.Places(space, DiagnosticCodes.LinkBrokenReference).Order(StringComparer.Ordinal);
        Assert.Equal(9, broken.Count());
        Assert.Equal(RawPlaces(space.Folder, "](broken-reference)"), broken);
        Assert.Equal(RawPlaces(space.Folder, "](../qui-est-eligible-iae-criteres-eligibilite.md#"), TempSpace.Places(space, DiagnosticCodes.LinkDangling));
        Assert.StartsWith("reponses-a-mes-questions-faq/faq-prescripteur.md:", Assert.Single(TempSpace.Places(space, DiagnosticCodes.LinkDangling)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task All_90_asset_references_resolve_to_78_files()
    {
        var space = await LoadCorpus();

        var report = ReferenceChecker.Check(Publication.Create(space, ExportSelection.Book));

        var local = report.Assets.Where(reference => reference.Asset.Kind != AssetKind.Remote).ToList();
        Assert.Equal(90, local.Count);
        Assert.All(local, reference => Assert.Equal(AssetKind.Local, reference.Asset.Kind));
        Assert.Equal(78, local.Select(reference => reference.Asset.FullPath).Distinct().Count());
        Assert.DoesNotContain(space.Diagnostics.Items, d => d.Code is DiagnosticCodes.AssetMissing or DiagnosticCodes.AssetOutside);
    }

    [Fact]
    public async Task Loading_twice_gives_the_same_pages_tree_and_diagnostics_in_the_same_order()
    {
        var first = await LoadCorpus();
        var second = await LoadCorpus();

        Assert.Equal(first.Pages.Select(page => page.Path), second.Pages.Select(page => page.Path));
        Assert.Equal(first.TocEntries.Select(node => node.ToString()), second.TocEntries.Select(node => node.ToString()));
        Assert.Equal(first.Diagnostics.Items, second.Diagnostics.Items);
    }
}
