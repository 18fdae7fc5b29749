using Itou.Export.Pdf.Layout;
using Itou.Export.Tests.Support;

namespace Itou.Export.Tests.Pdf.Layout;

/// <summary>Checks with the real clients: poppler's pdftotext and pdffonts, and qpdf.</summary>
public sealed class PopplerReadBackTests
{
    private static readonly byte[] Document = SampleDocuments.Write(SampleDocuments.TwoChapters(), SampleDocuments.Describe(SampleDocuments.TwoChaptersOutline));

    [Fact]
    public void Pdftotext_gives_back_the_words_with_their_ligatures_and_spaces()
    {
        var (code, text) = ExternalTool.RunOnFile(Document, "pdftotext", "-enc", "UTF-8", "{file}", "-");

        Assert.Equal(0, code);
        var flat = string.Join(' ', text.Split((char[])[' ', '\n', '\f'], StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("L’inclusion dans l’emploi « efficace » : les structures", flat, StringComparison.Ordinal);
        Assert.Contains("Les efficaces affiches officielles du flux.", flat, StringComparison.Ordinal);
    }

    [Fact]
    public void Fonts_are_embedded_and_subset()
    {
        var (code, listing) = ExternalTool.RunOnFile(Document, "pdffonts", "{file}");

        Assert.Equal(0, code);
        var fonts = listing.Split('\n').Skip(2).Where(line => line.Contains("TrueType", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(fonts);
        // Columns: name type encoding emb sub uni object id.
        Assert.All(fonts, line => Assert.Matches(@"\+\S+\s+CID TrueType\s+Identity-H\s+yes yes yes", line));
    }

    [Fact]
    public void Qpdf_finds_no_error()
    {
        var (code, report) = ExternalTool.RunOnFile(Document, "qpdf", "--check", "{file}");

        Assert.True(code == 0, report);
        Assert.Contains("No syntax or stream encoding errors", report, StringComparison.Ordinal);
    }

    [Fact]
    public void Pdfinfo_reads_the_metadata_and_the_fixed_dates()
    {
        var (_, info) = ExternalTool.RunOnFile(Document, "pdfinfo", "{file}");

        Assert.Contains("Title:           Guide de l’inclusion", info, StringComparison.Ordinal);
        Assert.Contains("Keywords:        inclusion, emploi", info, StringComparison.Ordinal);
        Assert.Contains("CreationDate:    Sat Jan  1 00:00:00 2000 UTC", info, StringComparison.Ordinal);
        Assert.Contains("Pages:           2", info, StringComparison.Ordinal);
    }

    [Fact]
    public void A_jpeg_is_embedded_unchanged()
    {
        var jpeg = Photos.Jpeg(640, 480, seed: 1);
        using var source = ImageSource.Load(jpeg)!;
        var bytes = SampleDocuments.Write(new Image(source));

        var (code, listing) = ExternalTool.RunOnFile(bytes, "pdfimages", "-list", "{file}");

        Assert.Equal(0, code);
        Assert.Matches(@"image\s+640\s+480\s+(rgb|icc)\s+3\s+8\s+jpeg", listing);
        Assert.True(bytes.AsSpan().IndexOf(jpeg) >= 0, "the JPEG bytes are in the PDF as they are");
    }
}
