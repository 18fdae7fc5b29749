using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Itou.Export.Docx;
using Itou.Export.Imaging;
using Itou.Export.Imaging.Remote;
using Itou.Export.Pdf;
using Itou.Export.Publishing;
using Itou.Export.Tests.Support;
using Itou.Export.Theming;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Itou.Export.Tests.Rendering;

/// <summary>A renderer that throws, in either writer: its block is reported and left out whole, the next block is written.</summary>
public sealed class BlockGuardTests
{
    private const string Markdown = "# Essai\n\nAvant la citation.\n\n> Une citation qui fait tomber le renderer.\n\nAprès la citation.\n";

    [Fact]
    public async Task A_pdf_block_that_throws_is_reported_and_the_page_goes_on()
    {
        using var folder = new TempSpace().Write("README.md", Markdown);
        var space = await folder.LoadAsync();
        var publication = Publication.Create(space, ExportSelection.Book, Theme.Default);
        using var pictures = new PdfImages(publication, space.Diagnostics);
        var ledger = ContentLedger.For(publication);
        var renderer = new PdfRenderer(publication, new PdfStyles(Theme.Default, publication.Language), pictures, space.Diagnostics, ledger);
        renderer.ObjectRenderers.Insert(0, new ThrowingRenderer(r => ((PdfRenderer)r).Add(new Itou.Export.Pdf.Layout.TextBlock("moitié", new PdfStyles(Theme.Default, publication.Language).Body))));

        var page = renderer.RenderPage(publication.Pages[0], "Essai");

        var texts = string.Join("\n", page.Children.OfType<Itou.Export.Pdf.Layout.TextBlock>().Select(block => string.Concat(block.Spans.Select(span => span.Text))));
        Assert.Contains("Avant la citation", texts, StringComparison.Ordinal);
        Assert.Contains("Après la citation", texts, StringComparison.Ordinal);
        AssertReported(space.Diagnostics, ledger);
    }

    [Fact]
    public void A_docx_block_that_throws_is_reported_taken_out_whole_and_the_page_goes_on()
    {
        var diagnostics = new DiagnosticBag();
        var ledger = new ContentLedger();
        var page = Docx.DocxTestDocument.Page("page.md", Markdown, titleLevel: 0, null, null);
        ledger.Expect(page.Path, page.Document);
        using var output = new MemoryStream();
        using var package = WordprocessingDocument.Create(output, DocumentFormat.OpenXml.WordprocessingDocumentType.Document);
        var state = new DocxWriterState(package, Theme.Default, Itou.Export.Localization.Labels.For("fr-FR", new Dictionary<string, string>(), () => null), new ExportLimits(), diagnostics, ledger, RemoteImages.Off);
        var body = new Body();
        var renderer = new DocxRenderer(state, body) { Page = page };
        renderer.ObjectRenderers.Insert(0, new ThrowingRenderer(r => ((DocxRenderer)r).WriteParagraph(null, () => ((DocxRenderer)r).WriteText("moitié"))));

        renderer.WriteBlocks(page.Document);

        Assert.Contains("Avant la citation", body.InnerText, StringComparison.Ordinal);
        Assert.Contains("Après la citation", body.InnerText, StringComparison.Ordinal);
        Assert.DoesNotContain("moitié", body.InnerText, StringComparison.Ordinal); // what the block had written is taken back
        AssertReported(diagnostics, ledger);
    }

    // The failure at the quote's line, accounting for its words: nothing counted as lost.
    private static void AssertReported(DiagnosticBag diagnostics, ContentLedger ledger)
    {
        var failure = Assert.Single(diagnostics.Items, d => d.Code == DiagnosticCodes.RenderFailed);
        Assert.Equal(5, failure.Line);
        Assert.Contains("QuoteBlock", failure.Message, StringComparison.Ordinal);
        Assert.Equal(ReplacedContent.Block, failure.Replaces);
        Assert.Equal(0, ledger.Close(diagnostics).Missing);
    }

    // Writes something, then throws, for every quote.
    private sealed class ThrowingRenderer(Action<RendererBase> before) : IMarkdownObjectRenderer
    {
        public bool Accept(RendererBase renderer, Type objectType) => objectType == typeof(QuoteBlock);

        public void Write(RendererBase renderer, MarkdownObject objectToRender)
        {
            before(renderer);
            throw new InvalidOperationException("a renderer bug");
        }
    }
}
