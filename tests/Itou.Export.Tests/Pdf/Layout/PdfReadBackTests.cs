using System.Text;
using Itou.Export.Publishing;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Outline;

namespace Itou.Export.Tests.Pdf.Layout;

public sealed class PdfReadBackTests
{
    [Fact]
    public void Words_are_extracted_with_their_ligatures_and_stay_inside_the_margins()
    {
        var bytes = SampleDocuments.Write(SampleDocuments.TwoChapters(), SampleDocuments.Describe());
        using var pdf = PdfDocument.Open(bytes);

        Assert.Equal(2, pdf.NumberOfPages);
        var page = pdf.GetPage(1);
        var words = page.GetWords().Select(w => w.Text.Normalize(NormalizationForm.FormKC)).ToList();
        Assert.Contains("efficace", words);
        Assert.Contains("officiel", words);
        Assert.Contains("Chapitre", words);
        var description = SampleDocuments.Describe();
        foreach (var word in page.GetWords())
        {
            Assert.InRange(word.BoundingBox.Left, description.Margins.Left - 0.5, page.Width - description.Margins.Right + 0.5);
            Assert.InRange(word.BoundingBox.Right, description.Margins.Left - 0.5, page.Width - description.Margins.Right + 0.5);
        }
    }

    [Fact]
    public void Metadata_and_language_are_written()
    {
        var bytes = SampleDocuments.Write(SampleDocuments.TwoChapters(), SampleDocuments.Describe());
        using var pdf = PdfDocument.Open(bytes);

        Assert.Equal("Guide de l’inclusion", pdf.Information.Title);
        Assert.Equal("Plateforme de l’inclusion", pdf.Information.Author);
        Assert.Equal("Itou.Export", pdf.Information.Producer);
        Assert.Contains("/Lang <FEFF00660072002D00460052>", Encoding.Latin1.GetString(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void Bookmarks_follow_the_outline_tree()
    {
        var bytes = SampleDocuments.Write(SampleDocuments.TwoChapters(), SampleDocuments.Describe(SampleDocuments.TwoChaptersOutline));
        using var pdf = PdfDocument.Open(bytes);

        Assert.True(pdf.TryGetBookmarks(out var bookmarks));
        var top = Assert.Single(bookmarks.Roots);
        Assert.Equal("Chapitre premier", top.Title);
        var child = Assert.IsType<DocumentBookmarkNode>(Assert.Single(top.Children));
        Assert.Equal("Chapitre deux", child.Title);
        Assert.Equal(2, child.PageNumber);
        Assert.Equal(1, Assert.IsType<DocumentBookmarkNode>(top).PageNumber);
    }

    [Fact]
    public void Internal_and_external_links_are_annotations()
    {
        var bytes = SampleDocuments.Write(SampleDocuments.TwoChapters(), SampleDocuments.Describe());
        using var pdf = PdfDocument.Open(bytes);

        var links = pdf.GetPage(1).GetHyperlinks();
        Assert.Contains(links, link => link.Uri == "https://inclusion.beta.gouv.fr/");
        var text = Encoding.Latin1.GetString(bytes);
        Assert.Contains("/Dest /chapitre-2", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_to_an_unknown_anchor_is_reported()
    {
        var diagnostics = new DiagnosticBag();
        var content = new Itou.Export.Pdf.Layout.TextBlock().Add("nulle part", SampleDocuments.Body, Itou.Export.Pdf.Layout.LinkTarget.Internal("absente"));
        SampleDocuments.Write(content, diagnostics: diagnostics);

        Assert.Contains(diagnostics.Items, d => d.Code == DiagnosticCodes.PdfUnknownAnchor);
    }

    [Fact]
    public void The_same_input_gives_the_same_bytes()
    {
        var first = SampleDocuments.Write(SampleDocuments.TwoChapters(), SampleDocuments.Describe(SampleDocuments.TwoChaptersOutline));
        var second = SampleDocuments.Write(SampleDocuments.TwoChapters(), SampleDocuments.Describe(SampleDocuments.TwoChaptersOutline));

        Assert.Equal(first, second);
    }

    [Fact]
    public void A_one_page_text_document_is_small_because_fonts_are_subset()
    {
        var bytes = SampleDocuments.Write(new Itou.Export.Pdf.Layout.TextBlock(SampleDocuments.FrenchParagraph, SampleDocuments.Body));

        Assert.InRange(bytes.Length, 1, 60 * 1024);
    }
}
