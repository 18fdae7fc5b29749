using Itou.Export.Publishing;
using Itou.Export.Tests.Markdown;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Itou.Export.Tests.Publishing;

/// <summary>The content ledger on its own: what it expects from a page, and how it sorts items into written, diagnosed and missing.</summary>
public sealed class ContentLedgerTests
{
    private const string Page = """
        # Titre

        Du texte avec `du code`, un [lien](https://example.org) et <https://example.org/nu>.

        ![une photo avec sa légende](photo.png)

        ###

        | a | b |
        |---|---|
        | 1 | 2 |

        ```
        code
        ```

        Une note[^1].

        [^1]: Le texte de la note.
        """;

    private static (ContentLedger Ledger, Parsed Parsed) Expecting(string markdown)
    {
        var parsed = new Parsed(markdown);
        var ledger = new ContentLedger();
        ledger.Expect("page.md", parsed.Document);
        return (ledger, parsed);
    }

    [Fact]
    public void Expects_every_item_of_the_page_by_kind()
    {
        var (ledger, _) = Expecting(Page);
        var report = ledger.Close(new DiagnosticBag());

        Assert.Equal(1, report[ContentKind.Image].Expected);
        Assert.Equal(2, report[ContentKind.Link].Expected);
        Assert.Equal(1, report[ContentKind.Heading].Expected); // the empty ### holds nothing to lose
        Assert.Equal(1, report[ContentKind.Table].Expected);
        Assert.Equal(1, report[ContentKind.CodeBlock].Expected);
        Assert.Equal(1, report[ContentKind.Footnote].Expected);
        // The photo's description is part of the picture, not text of its own.
        var texts = report[ContentKind.Text].Expected;
        var parsed = new Parsed(Page);
        var outsidePictures = parsed.All<LiteralInline>().Count(l => l.FirstParentOfType<LinkInline>() is not { IsImage: true }) + parsed.All<CodeInline>().Count;
        Assert.Equal(outsidePictures, texts);
        Assert.True(parsed.All<LiteralInline>().Count + parsed.All<CodeInline>().Count > texts);
    }

    [Fact]
    public void Nothing_written_and_nothing_said_is_all_missing_and_each_item_is_reported()
    {
        var (ledger, parsed) = Expecting(Page);
        var diagnostics = new DiagnosticBag();
        var report = ledger.Close(diagnostics);

        Assert.All(report.Counts, c => Assert.Equal(c.Expected, c.Missing));
        var missing = diagnostics.Items.Where(d => d.Code == DiagnosticCodes.ContentMissing).ToList();
        Assert.Equal(report.Missing, missing.Count);
        var image = parsed.All<LinkInline>().Single(l => l.IsImage);
        Assert.Contains(missing, d => d.File == "page.md" && d.Line == image.Line + 1 && d.Message.Contains("photo.png", StringComparison.Ordinal));
    }

    [Fact]
    public void Written_items_count_once_even_when_reported_twice()
    {
        var (ledger, parsed) = Expecting(Page);
        foreach (var node in parsed.Document.Descendants())
        {
            ledger.Written(node);
            ledger.Written(node);
        }
        var diagnostics = new DiagnosticBag();
        var report = ledger.Close(diagnostics);

        Assert.All(report.Counts, c => Assert.Equal(c.Expected, c.Written));
        Assert.Equal(0, report.Missing);
        Assert.Equal(0, diagnostics.Count);
    }

    [Fact]
    public void An_item_left_out_with_a_diagnostic_naming_it_is_diagnosed_not_missing()
    {
        var (ledger, parsed) = Expecting("Voir ![plan](plan.png) et [la page](perdue.md).\n");
        var image = parsed.All<LinkInline>().Single(l => l.IsImage);
        var link = parsed.All<LinkInline>().Single(l => !l.IsImage);
        foreach (var literal in parsed.All<LiteralInline>())
            ledger.Written(literal);
        var diagnostics = new DiagnosticBag();
        diagnostics.Replaced(ReplacedContent.Image | ReplacedContent.Link, DiagnosticCodes.AssetMissing, "page.md", image.Line + 1, "'plan.png' not found.");
        diagnostics.Replaced(ReplacedContent.Link, DiagnosticCodes.LinkDangling, "page.md", link.Line + 1, "points to no page.");

        var report = ledger.Close(diagnostics);

        Assert.Equal(new ContentCount(ContentKind.Image, 1, 0, 1, 0), report[ContentKind.Image]);
        Assert.Equal(new ContentCount(ContentKind.Link, 1, 0, 1, 0), report[ContentKind.Link]);
        Assert.DoesNotContain(diagnostics.Items, d => d.Code == DiagnosticCodes.ContentMissing);
    }

    [Fact]
    public void The_ledger_learns_from_the_diagnostic_not_from_its_code()
    {
        var (ledger, parsed) = Expecting("![plan](plan.png)\n");
        var image = parsed.All<LinkInline>().Single();
        var diagnostics = new DiagnosticBag();
        diagnostics.Replaced(ReplacedContent.Image, "SOME-WRITER-CODE", "page.md", image.Line + 1, "drawn as its description");

        Assert.Equal(1, ledger.Close(diagnostics)[ContentKind.Image].Diagnosed);
    }

    [Theory]
    [InlineData(ReplacedContent.Link, "page.md")] // a link replaced does not account for a picture
    [InlineData(ReplacedContent.None, "page.md")] // nor does a diagnostic that replaced nothing, on the same line
    [InlineData(ReplacedContent.Image, "other.md")] // nor a picture replaced in another file
    public void A_diagnostic_that_does_not_name_the_item_leaves_it_missing(ReplacedContent replaces, string file)
    {
        var (ledger, parsed) = Expecting("![plan](plan.png)\n");
        var image = parsed.All<LinkInline>().Single();
        var diagnostics = new DiagnosticBag();
        diagnostics.Replaced(replaces, DiagnosticCodes.AssetMissing, file, image.Line + 1, "something");

        var report = ledger.Close(diagnostics);

        Assert.Equal(1, report[ContentKind.Image].Missing);
        Assert.Contains(diagnostics.Items, d => d.Code == DiagnosticCodes.ContentMissing && d.Line == image.Line + 1);
    }

    [Fact]
    public void A_block_the_writer_failed_on_accounts_for_everything_inside_it()
    {
        var (ledger, parsed) = Expecting("Avant.\n\n> Une citation avec un [lien](https://example.org)\n> sur deux lignes et ![une image](x.png).\n");
        var quote = parsed.Single<QuoteBlock>();
        foreach (var literal in parsed.All<LiteralInline>().Where(l => l.Line < quote.Line))
            ledger.Written(literal);
        var diagnostics = new DiagnosticBag();
        diagnostics.Replaced(ReplacedContent.Block, DiagnosticCodes.RenderFailed, "page.md", quote.Line + 1, "A QuoteBlock could not be drawn and was left out.");

        var report = ledger.Close(diagnostics);

        Assert.Equal(0, report.Missing);
        Assert.Equal(1, report[ContentKind.Image].Diagnosed);
        Assert.Equal(1, report[ContentKind.Link].Diagnosed);
        // Every run of words in the quote (the link's among them, not the picture's description) is diagnosed; "Avant." is written.
        var wordsInQuote = parsed.All<LiteralInline>().Count(l => l.Line >= quote.Line && l.FirstParentOfType<LinkInline>() is not { IsImage: true });
        Assert.Equal(new ContentCount(ContentKind.Text, wordsInQuote + 1, 1, wordsInQuote, 0), report[ContentKind.Text]);
    }

    [Fact]
    public void Words_written_another_way_count_as_written_but_not_the_links_among_them()
    {
        var (ledger, parsed) = Expecting("# Le titre [du site](https://example.org)\n");
        ledger.WrittenAsText(parsed.Single<HeadingBlock>());
        var report = ledger.Close(new DiagnosticBag());

        Assert.Equal(report[ContentKind.Text].Expected, report[ContentKind.Text].Written);
        Assert.Equal(0, report[ContentKind.Heading].Written);
        Assert.Equal(1, report[ContentKind.Link].Missing);
    }
}
