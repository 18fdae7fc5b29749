using Itou.Export.Publishing;
using Itou.Export.Space;
using Itou.Export.Tests.Support;

namespace Itou.Export.Tests.Space;

public sealed class PublicationTests : IDisposable
{
    private readonly TempSpace space = new TempSpace()
        .Write("SUMMARY.md", """
            # Table of contents

            * [📚 Documentation](README.md)

            ## Les dispositifs <a href="#les-dispositifs" id="les-dispositifs"></a>

            * [🎫 Contrat IAE](iae/README.md)
              * [PASS IAE : Comment ça marche ?](iae/pass.md)
            * [📜 Contrat GEIQ](geiq.md)
            * [Site](https://example.org)
            """)
        .Write("README.md", "---\ndescription: La doc\n---\n# Documentation sur la plateforme\n")
        .Write("iae/README.md", "---\ndescription: Tout sur l'IAE\n---\n# IAE\n")
        .Write("iae/pass.md", "# Pass\n")
        .Write("geiq.md", "# GEIQ\n")
        .Write("orphan.md", "# Orpheline\n");

    public void Dispose() => space.Dispose();

    private static string[] Outline(Publication publication) =>
        [.. publication.Entries.Select(entry => $"{entry.Depth} {entry.Kind} {entry.Title}")];

    [Fact]
    public async Task A_book_prints_the_whole_tree_in_order_with_its_depths()
    {
        var publication = Publication.Create(await space.LoadAsync(), ExportSelection.Book);

        Assert.Equal(
            ["0 Page 📚 Documentation", "0 Group Les dispositifs", "1 Page 🎫 Contrat IAE", "2 Page PASS IAE : Comment ça marche ?", "1 Page 📜 Contrat GEIQ", "1 Link Site"],
            Outline(publication));
        Assert.Equal(("Documentation sur la plateforme", "La doc"), (publication.Title, publication.Description));
        Assert.Equal(["README.md", "iae/README.md", "iae/pass.md", "geiq.md"], publication.Pages.Select(page => page.Path));
        Assert.Equal(AnchorIds.For("iae/pass.md"), publication.Entries[3].AnchorId);
    }

    [Theory]
    [InlineData("iae/README.md")]
    [InlineData("iae/")]
    [InlineData("🎫 Contrat IAE")]
    [InlineData("contrat iae")]
    [InlineData("Les dispositifs / Contrat IAE")]
    public async Task A_section_is_found_by_path_title_or_title_path(string selection)
    {
        var publication = Publication.Create(await space.LoadAsync(), ExportSelection.Section(selection));

        Assert.Equal(["0 Page 🎫 Contrat IAE", "1 Page PASS IAE : Comment ça marche ?"], Outline(publication));
        Assert.Equal(("🎫 Contrat IAE", "Tout sur l'IAE"), (publication.Title, publication.Description));
    }

    [Fact]
    public async Task A_group_is_a_section()
    {
        var publication = Publication.Create(await space.LoadAsync(), ExportSelection.Section("Les dispositifs"));

        Assert.Equal("Les dispositifs", publication.Title);
        Assert.Equal(4, publication.Entries.Count(entry => entry.Kind != PublicationEntryKind.Group));
    }

    [Theory]
    [InlineData("iae/pass.md", "PASS IAE : Comment ça marche ?")]
    [InlineData("pass iae comment ca marche", "PASS IAE : Comment ça marche ?")]
    [InlineData("orphan.md", "Orpheline")]
    public async Task A_page_is_found_by_path_or_title_orphans_included(string selection, string title)
    {
        var publication = Publication.Create(await space.LoadAsync(), ExportSelection.Page(selection));

        var entry = Assert.Single(publication.Entries);
        Assert.Equal((0, title), (entry.Depth, entry.Title));
        Assert.Equal(title, publication.Title);
    }

    [Fact]
    public async Task Nothing_matching_lists_the_near_matches()
    {
        var loaded = await space.LoadAsync();

        var error = Assert.Throws<SelectionNotFoundException>(() => Publication.Create(loaded, ExportSelection.Section("Contrat GEIK")));

        Assert.Contains("📜 Contrat GEIQ", error.Suggestions);
        Assert.Contains("Contrat GEIK", error.Message, StringComparison.Ordinal);
        Assert.Contains("📜 Contrat GEIQ", error.Message, StringComparison.Ordinal);
    }
}
