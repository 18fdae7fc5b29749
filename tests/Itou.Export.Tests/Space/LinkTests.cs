using Itou.Export.Publishing;
using Itou.Export.Space;
using Itou.Export.Tests.Support;

namespace Itou.Export.Tests.Space;

public sealed class LinkTests : IDisposable
{
    private readonly TempSpace space = new TempSpace()
        .Write(".gitbook.yaml", "redirects:\n  ancien-guide: guide/README.md\n")
        .Write("SUMMARY.md", "* [Home](README.md)\n* [Guide](guide/README.md)\n  * [Step](guide/step.md)\n* [Other](other.md)\n")
        .Write("README.md", "# Home\n")
        .Write("guide/README.md", "# Guide\n")
        .Write("guide/step.md", "# Step\n")
        .Write("other.md", "# Other\n");

    public void Dispose() => space.Dispose();

    private async Task<(ResolvedLink Link, GitBookSpace Space)> Resolve(string url, string from = "guide/step.md", ExportSelection? selection = null, Uri? site = null)
    {
        var loaded = await space.LoadAsync();
        var publication = Publication.Create(loaded, selection ?? ExportSelection.Book, new Itou.Export.Theming.Theme { SiteBaseUrl = site });
        return (publication.Links.Resolve(url, loaded.FindPage(from)!, 3), loaded);
    }

    [Theory]
    [InlineData("../other.md", "other.md")]
    [InlineData("README.md", "guide/README.md")]
    [InlineData("./", "guide/README.md")]
    [InlineData("../guide/", "guide/README.md")]
    [InlineData("../guide", "guide/README.md")]
    [InlineData("step.md", "guide/step.md")]
    [InlineData("<../other.md>", "other.md")]
    [InlineData("%20../other.md", "other.md")]
    [InlineData("../ancien-guide", "guide/README.md")]
    [InlineData("../ancien-guide.md", "guide/README.md")]
    public async Task Page_links_in_the_export_become_the_page_anchor(string url, string target)
    {
        var (link, loaded) = await Resolve(url);

        Assert.Equal(LinkKind.Internal, link.Kind);
        Assert.Equal(target, link.Page?.Path);
        Assert.Equal(AnchorIds.For(target), link.AnchorId);
        Assert.Empty(loaded.Diagnostics.Items);
    }

    [Fact]
    public async Task A_same_page_anchor_without_a_heading_goes_to_the_page_top_and_is_reported()
    {
        var (link, loaded) = await Resolve("#nowhere");

        Assert.Equal((LinkKind.Internal, "guide/step.md", null), (link.Kind, link.Page?.Path, link.HeadingId));
        Assert.Equal(AnchorIds.For("guide/step.md"), link.AnchorId);
        Assert.Equal(["guide/step.md:3"], TempSpace.Places(loaded, DiagnosticCodes.LinkAnchor));
    }

    [Fact]
    public async Task An_anchor_that_exists_targets_the_heading()
    {
        using var withHeading = new TempSpace().Write("README.md", "# Home\n\n## Étape un <a href=\"#etape-1\" id=\"etape-1\"></a>\n");
        var loaded = await withHeading.LoadAsync();
        var page = loaded.Pages.Single();

        var link = Publication.Create(loaded, ExportSelection.Book).Links.Resolve("README.md#etape-1", page, 1);

        Assert.Equal((LinkKind.Internal, "etape-1"), (link.Kind, link.HeadingId));
        Assert.Equal(AnchorIds.For("README.md", "etape-1"), link.AnchorId);
        Assert.Empty(loaded.Diagnostics.Items);
    }

    [Theory]
    [InlineData("https://example.org/a\\_b?x=1\\&y=2", "https://example.org/a_b?x=1&y=2")]
    [InlineData("<mailto:contact@example.org >", "mailto:contact@example.org")]
    [InlineData("%20https://example.org", "https://example.org")]
    [InlineData("https://app.gitbook.com/s/abc/page", "https://app.gitbook.com/s/abc/page")]
    public async Task External_urls_are_cleaned(string url, string expected)
    {
        var (link, _) = await Resolve(url);

        Assert.Equal((LinkKind.External, expected), (link.Kind, link.Url));
    }

    [Fact]
    public async Task A_link_to_a_file_of_the_space_is_a_file_not_a_page()
    {
        space.Write(".gitbook/assets/fiche pratique (v2).pdf", "%PDF");

        var (link, _) = await Resolve("<../.gitbook/assets/fiche pratique (v2).pdf>");
        var (missing, loaded) = await Resolve("../.gitbook/assets/gone.pdf");

        Assert.Equal((LinkKind.File, AssetKind.Local, ".gitbook/assets/fiche pratique (v2).pdf"), (link.Kind, link.Asset?.Kind, link.Asset?.SpacePath));
        Assert.Equal((LinkKind.Unresolved, AssetKind.Missing), (missing.Kind, missing.Asset?.Kind));
        Assert.Equal(["guide/step.md:3"], TempSpace.Places(loaded, DiagnosticCodes.AssetMissing));
    }

    [Theory]
    [InlineData("broken-reference", DiagnosticCodes.LinkBrokenReference)]
    [InlineData("", DiagnosticCodes.LinkEmpty)]
    [InlineData("  ", DiagnosticCodes.LinkEmpty)]
    [InlineData("../gone.md#x", DiagnosticCodes.LinkDangling)]
    [InlineData("../../../etc/passwd", DiagnosticCodes.LinkDangling)]
    public async Task Links_going_nowhere_are_text_and_reported_with_file_and_line(string url, string code)
    {
        var (link, loaded) = await Resolve(url);

        Assert.Equal(LinkKind.Unresolved, link.Kind);
        Assert.Equal(["guide/step.md:3"], TempSpace.Places(loaded, code));
    }

    [Fact]
    public async Task Links_after_gitbook_tags_are_reported_at_their_line_in_the_file()
    {
        using var tags = new TempSpace().Write("README.md", """
            # T

            {% hint style="info" %} Inline text {% endhint %}

            {% tabs %}
            {% tab title="A" %}
            [y](broken-reference)
            {% endtab %}
            {% endtabs %}

            [z](broken-reference)
            """);
        var loaded = await tags.LoadAsync();

        ReferenceChecker.Check(Publication.Create(loaded, ExportSelection.Book));

        Assert.Equal(["README.md:7", "README.md:11"], TempSpace.Places(loaded, DiagnosticCodes.LinkBrokenReference));
    }

    [Fact]
    public async Task A_page_outside_the_export_points_to_the_site_when_there_is_one()
    {
        var (link, _) = await Resolve("../other.md", selection: ExportSelection.Section("guide/"), site: new Uri("https://doc.example.org/space"));
        var (readme, _) = await Resolve("../README.md", selection: ExportSelection.Section("guide/"), site: new Uri("https://doc.example.org/"));

        Assert.Equal((LinkKind.SitePage, "https://doc.example.org/space/other"), (link.Kind, link.Url));
        Assert.Equal("https://doc.example.org/", readme.Url);
    }

    [Fact]
    public async Task A_page_outside_the_export_without_a_site_is_text_and_reported()
    {
        var (link, loaded) = await Resolve("../other.md", selection: ExportSelection.Page("guide/step.md"));

        Assert.Equal((LinkKind.Unresolved, "other.md"), (link.Kind, link.Page?.Path));
        Assert.Equal(["guide/step.md:3"], TempSpace.Places(loaded, DiagnosticCodes.LinkOutside));
    }

    [Fact]
    public async Task A_gitbook_mention_is_flagged_so_writers_print_the_page_title()
    {
        using var mention = new TempSpace().Write("README.md", "# Home\n\nSee [other.md](other.md \"mention\").\n").Write("other.md", "# Other\n");
        var loaded = await mention.LoadAsync();
        var publication = Publication.Create(loaded, ExportSelection.Book);

        var report = ReferenceChecker.Check(publication);

        var (page, link) = Assert.Single(report.Links);
        Assert.Equal("README.md", page.Path);
        Assert.True(link.IsMention);
        Assert.Equal("Other", link.Page?.Title);
    }
}
