using Itou.Export.Publishing;
using Itou.Export.Space;
using Itou.Export.Tests.Support;

namespace Itou.Export.Tests.Space;

public class CorpusSpaceTests
{
    [Fact]
    public async Task The_tree_matches_the_summary_entry_for_entry()
    {
        var space = await SpaceLoader.LoadAsync(TestPaths.CorpusOrSkip(), cancellationToken: TestContext.Current.CancellationToken);

        var entries = space.TocEntries.ToList();
        Assert.Equal(81, entries.Count(node => node.Kind == TocNodeKind.Page));
        Assert.Equal(7, entries.Count(node => node.Kind == TocNodeKind.Group));
        Assert.All(entries.Where(node => node.Kind == TocNodeKind.Page), node => Assert.NotNull(node.Page));
        Assert.Equal(3, entries.Max(node => node.Depth));
    }

    [Fact]
    public async Task The_13_orphan_pages_are_reported_with_their_file()
    {
        var space = await SpaceLoader.LoadAsync(TestPaths.CorpusOrSkip(), cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(94, space.Pages.Count);
        Assert.Equal(13, space.Orphans.Count);
        var reported = space.Diagnostics.Items.Where(d => d.Code == DiagnosticCodes.SpaceOrphan).Select(d => d.File);
        Assert.Equal(space.Orphans.Select(page => page.Path).Order(StringComparer.Ordinal), reported);
        Assert.Contains("reponses-a-mes-questions-faq/faq-prescripteur.md", reported);
    }
}
