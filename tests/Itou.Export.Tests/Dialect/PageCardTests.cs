using Itou.Export.Publishing;
using Itou.Export.Tests.Support;

namespace Itou.Export.Tests.Dialect;

/// <summary>Page cards show the linked page's title and description, not the link text (issue 14 §3).</summary>
public sealed class PageCardTests
{
    private const string Readme = """
        # Welcome

        {% content-ref url="hours.md" %}
        [hours.md](hours.md)
        {% endcontent-ref %}

        {% content-ref url="broken-reference" %}
        [Gone page](broken-reference)
        {% endcontent-ref %}

        {% page-ref page="hours.md" %}
        """;

    private static TempSpace Space() => new TempSpace()
        .Write("SUMMARY.md", "# Table of contents\n\n* [Welcome](README.md)\n* [Opening hours](hours.md)\n")
        .Write("README.md", Readme)
        .Write("hours.md", "---\ndescription: When the workshop is open, and how to book.\n---\n\n# Opening hours\n\nEvery day.\n");

    [Fact]
    public async Task A_card_shows_the_page_title_and_description_and_a_broken_one_is_left_out()
    {
        using var temp = Space();
        using var both = await BothWriters.ExportAsync(temp, selection: ExportSelection.Page("README.md"));
        foreach (var (text, result) in new[] { (both.PdfText, both.Pdf), (both.DocxText, both.Word) })
        {
            Assert.Equal(2, Count(text, "Opening hours"));
            Assert.Equal(2, Count(text, "When the workshop is open, and how to book."));
            Assert.DoesNotContain("hours.md", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Gone page", text, StringComparison.Ordinal);
            Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.LinkBrokenReference && d.Line == 7);
            Assert.True(result.Content.Missing == 0, string.Join("\n", result.Diagnostics));
        }
    }

    [Fact]
    public async Task The_check_still_reports_the_broken_card()
    {
        using var temp = Space();
        var space = await temp.LoadAsync();
        var publication = Publication.Create(space, ExportSelection.Book, Itou.Export.Theming.Theme.Default);
        ReferenceChecker.Check(publication);
        Assert.Contains(space.Diagnostics.Items, d => d.Code == DiagnosticCodes.LinkBrokenReference && d.File == "README.md");
    }

    private static int Count(string text, string part)
    {
        var normalized = string.Join(" ", text.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries));
        var count = 0;
        for (var at = normalized.IndexOf(part, StringComparison.Ordinal); at >= 0; at = normalized.IndexOf(part, at + 1, StringComparison.Ordinal))
            count++;
        return count;
    }
}
