using Itou.Export.Publishing;
using Itou.Export.Space;
using Itou.Export.Tests.Support;

namespace Itou.Export.Tests.Space;

public class SummaryTests
{
    // One line per entry: indentation = depth, then kind, title, target.
    private static string[] Outline(GitBookSpace space) =>
        [.. space.TocEntries.Select(node => new string(' ', 2 * node.Depth) + node.Kind switch
        {
            TocNodeKind.Group => $"## {node.Title}" + (node.Anchor is null ? "" : " #" + node.Anchor),
            TocNodeKind.Link => $"{node.Title} <{node.Url}>",
            _ => $"{node.Title} ({node.Path}{(node.Anchor is null ? "" : "#" + node.Anchor)})" + (node.NavLabel is null ? "" : $" \"{node.NavLabel}\""),
        })];

    private static TempSpace Pages(params string[] paths)
    {
        var space = new TempSpace();
        foreach (var path in paths)
            space.Write(path, "# " + Path.GetFileNameWithoutExtension(path) + "\n\n## Section\n");
        return space;
    }

    [Fact]
    public async Task Groups_rules_nesting_and_titles_make_the_tree()
    {
        using var space = Pages("README.md", "a.md", "dir/README.md", "dir/b.md", "dir/c.md", "d.md", "e.md");
        space.Write("SUMMARY.md", """
            # Table of contents

            * [📚 Home](README.md)

            ## Services <a href="#services" id="services"></a>

            ***

            * [📈  Le pilotage](a.md "Pilotage")
            * [🚀La Bande](dir/README.md)
              * [B](dir/b.md)
                  * [C](dir/c.md)

            ## Plain group

            * [External](https://example.org/x)

            ----

            * [D legacy](d.md#section)
            * [E folder link](e.md)
            """);

        var loaded = await space.LoadAsync();

        Assert.Equal(
            [
                "📚 Home (README.md)",
                "## Services #services",
                "  📈 Le pilotage (a.md) \"Pilotage\"",
                "  🚀La Bande (dir/README.md)",
                "    B (dir/b.md)",
                "      C (dir/c.md)",
                "## Plain group",
                "  External <https://example.org/x>",
                "## ",
                "  D legacy (d.md#section)",
                "  E folder link (e.md)",
            ],
            Outline(loaded));
        Assert.Empty(loaded.Diagnostics.Items);
    }

    [Fact]
    public async Task Nesting_by_four_spaces_works_like_two()
    {
        using var space = Pages("a.md", "b.md", "c.md");
        space.Write("SUMMARY.md", "# Summary\n\n* [A](a.md)\n    * [B](b.md)\n        * [C](c.md)\n");

        var loaded = await space.LoadAsync();

        Assert.Equal(["A (a.md)", "  B (b.md)", "    C (c.md)"], Outline(loaded));
    }

    [Fact]
    public async Task A_folder_entry_means_its_readme_and_titles_come_from_the_summary()
    {
        using var space = Pages("guide/README.md", "guide/step.md");
        space.Write("SUMMARY.md", "* [Le guide](guide/)\n  * [Étape](guide/step%20.md)\n");
        space.Write("guide/step .md", "# Step file\n");

        var loaded = await space.LoadAsync();

        Assert.Equal(["Le guide (guide/README.md)", "  Étape (guide/step .md)"], Outline(loaded));
        Assert.Equal("Le guide", loaded.FindPage("guide/")!.Title);
        Assert.Equal("Le guide", loaded.Pages[0].Title);
    }

    [Fact]
    public async Task Entries_pointing_nowhere_duplicates_and_stray_text_are_reported_with_their_line()
    {
        using var space = Pages("a.md");
        space.Write("SUMMARY.md", "# Table of contents\n\n* [A](a.md)\n* [Gone](gone.md)\n* [A again](a.md)\n\nSome text.\n");

        var loaded = await space.LoadAsync();

        Assert.Equal(["SUMMARY.md:4", "SUMMARY.md:7"], TempSpace.Places(loaded, DiagnosticCodes.SpaceSummary));
        Assert.Equal(["SUMMARY.md:5"], TempSpace.Places(loaded, DiagnosticCodes.SpaceSummaryDuplicate));
        Assert.Single(loaded.Pages);
        Assert.Null(loaded.TocEntries.Single(node => node.Title == "Gone").Page);
    }

    [Fact]
    public async Task Without_a_summary_the_tree_follows_the_folders()
    {
        using var space = Pages("README.md", "zeta.md", "alpha.md", "guide/README.md", "guide/b.md", "loose/c.md");

        var loaded = await space.LoadAsync();

        Assert.False(loaded.HasSummary);
        Assert.Equal(
            ["README (README.md)", "alpha (alpha.md)", "README (guide/README.md)", "  b (guide/b.md)", "## loose", "  c (loose/c.md)", "zeta (zeta.md)"],
            Outline(loaded));
        Assert.Empty(loaded.Orphans);
    }
}
