using Itou.Export.Pdf.Layout;
using Itou.Export.Pdf.Text;
using Itou.Export.Publishing;
using SkiaSharp;
using UglyToad.PdfPig;

namespace Itou.Export.Tests.Pdf.Layout;

public sealed class PaginationTests
{
    /// <summary>An element that never fits, not even on an empty page in forcing mode.</summary>
    private sealed class NeverFits : Element
    {
        protected override SpacePlan MeasureContent(LayoutContext context, SKSize available) => SpacePlan.Wrap;

        protected override bool DrawContent(LayoutContext context, SKSize available) => false;
    }

    /// <summary>An element that claims to fit partly but never finishes: a runaway layout.</summary>
    private sealed class NeverEnds : Element
    {
        protected override SpacePlan MeasureContent(LayoutContext context, SKSize available) => SpacePlan.Partial(10, 10);

        protected override bool DrawContent(LayoutContext context, SKSize available) => false;
    }

    [Fact]
    public void Content_that_fits_on_no_page_is_left_out_with_a_diagnostic()
    {
        var diagnostics = new DiagnosticBag();
        var content = new Column().Add(new TextBlock("avant", SampleDocuments.Body)).Add(new NeverFits());

        var bytes = SampleDocuments.Write(content, diagnostics: diagnostics);

        using var pdf = PdfDocument.Open(bytes);
        Assert.Equal(2, pdf.NumberOfPages);
        Assert.Contains(diagnostics.Items, d => d.Code == DiagnosticCodes.PdfContentClipped);
    }

    [Fact]
    public void A_runaway_layout_stops_at_the_page_limit()
    {
        var diagnostics = new DiagnosticBag();

        var bytes = SampleDocuments.Write(new NeverEnds(), SampleDocuments.Describe() with { MaxPages = 7 }, diagnostics);

        using var pdf = PdfDocument.Open(bytes);
        Assert.Equal(7, pdf.NumberOfPages);
        Assert.Contains(diagnostics.Items, d => d.Code == DiagnosticCodes.PdfContentClipped);
    }

    [Fact]
    public void A_table_of_contents_shows_the_pages_found_by_the_first_pass()
    {
        var toc = new Dynamic(context => new TextBlock(
            "Chapitre deux ….. " + (context.KnownAnchors.TryGetValue("chapitre-2", out var at) ? at.Page.ToString(System.Globalization.CultureInfo.InvariantCulture) : "00"),
            SampleDocuments.Body));
        var content = new Column().Add(toc).Add(new PageBreak()).Add(new PageBreak())
            .Add(new Anchor("chapitre-2", new TextBlock("Chapitre deux", SampleDocuments.Body)));

        var bytes = SampleDocuments.Write(content);

        using var pdf = PdfDocument.Open(bytes);
        Assert.Contains("Chapitre deux ….. 3", pdf.GetPage(1).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_footer_shows_the_page_number_and_count()
    {
        var content = new Column().Add(new TextBlock("un", SampleDocuments.Body)).Add(new PageBreak()).Add(new TextBlock("deux", SampleDocuments.Body));

        var bytes = SampleDocuments.Write(content);

        using var pdf = PdfDocument.Open(bytes);
        Assert.Contains("Page 2 / 2", string.Join(" ", pdf.GetPage(2).GetWords().Select(w => w.Text)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_cancelled_layout_stops_before_the_next_page_and_writes_nothing()
    {
        using var fonts = new FontLibrary();
        using var output = new MemoryStream();
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.Throws<OperationCanceledException>(() =>
            PdfLayoutWriter.Write(output, SampleDocuments.Describe(), SampleDocuments.TwoChapters(), fonts, new DiagnosticBag(), cancelled.Token));
        Assert.Equal(0, output.Length);
    }

    [Fact]
    public void Anchor_pages_are_returned_to_the_caller()
    {
        using var fonts = new FontLibrary();
        using var output = new MemoryStream();

        var result = PdfLayoutWriter.Write(output, SampleDocuments.Describe(), SampleDocuments.TwoChapters(), fonts, new DiagnosticBag(), TestContext.Current.CancellationToken);

        Assert.Equal(2, result.PageCount);
        Assert.Equal(1, result.Anchors["chapitre-1"].Page);
        Assert.Equal(2, result.Anchors["chapitre-2"].Page);
        Assert.Equal(SampleDocuments.Describe().Margins.Top, result.Anchors["chapitre-2"].Top, 0.5);
    }

    [Fact]
    public void An_unusable_theme_font_is_reported_and_replaced()
    {
        var diagnostics = new DiagnosticBag();
        using var fonts = new FontLibrary(new Itou.Export.Theming.ThemeFonts { Regular = "/nonexistent/Marianne.ttf" }, diagnostics);

        Assert.Equal("NotoSans-Regular.ttf", fonts.FaceFor(new TextStyle(), "a", _ => { }).Name);
        Assert.Contains(diagnostics.Items, d => d.Code == DiagnosticCodes.PdfFontUnusable);
    }
}
