using Itou.Export.Publishing;
using Itou.Export.Tests.Support;

namespace Itou.Export.Tests.Space;

public class OrphanTests
{
    [Fact]
    public async Task Pages_missing_from_the_summary_are_kept_after_the_tree_and_reported()
    {
        using var space = new TempSpace()
            .Write("SUMMARY.md", "* [Home](README.md)\n")
            .Write("README.md", "# Home\n")
            .Write("zz/old.md", "# Old page\n")
            .Write("draft.md", "No heading here.\n");

        var loaded = await space.LoadAsync();

        Assert.Equal(["README.md", "draft.md", "zz/old.md"], loaded.Pages.Select(page => page.Path));
        Assert.Equal(["draft.md", "zz/old.md"], loaded.Orphans.Select(page => page.Path));
        Assert.All(loaded.Orphans, page => Assert.True(page.IsOrphan));
        Assert.Equal(["draft.md:0", "zz/old.md:0"], TempSpace.Places(loaded, DiagnosticCodes.SpaceOrphan));
    }

    [Fact]
    public async Task Titles_come_from_the_summary_else_the_title_heading_else_the_file_name()
    {
        using var space = new TempSpace()
            .Write("SUMMARY.md", "* [Summary title](README.md)\n")
            .Write("README.md", "# Heading title\n")
            .Write("heading.md", "# 🎯 Heading  title\n\nIntro\n")
            .Write("late.md", "Intro\n\n# Not the title: the page does not open with it\n")
            .Write("plain-file.md", "Text.\n")
            .Write("folder/README.md", "Text.\n");

        var loaded = await space.LoadAsync();

        Assert.Equal("Summary title", loaded.FindPage("README.md")!.Title);
        Assert.Equal("🎯 Heading title", loaded.FindPage("heading.md")!.Title);
        Assert.Equal("late", loaded.FindPage("late.md")!.Title);
        Assert.Equal("plain-file", loaded.FindPage("plain-file.md")!.Title);
        Assert.Equal("folder", loaded.FindPage("folder/")!.Title);
        Assert.Equal("Heading title", loaded.Title);
    }
}
