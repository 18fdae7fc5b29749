using Itou.Export.Pdf.Layout;
using Itou.Export.Tests.Support;
using SkiaSharp;

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

    [Fact]
    public void A_camera_jpeg_is_embedded_without_its_metadata_and_turned_as_its_exif_orientation_says()
    {
        // Stored 80 × 40, red on the left, blue on the right; orientation 6: seen turned a quarter clockwise.
        var stored = TwoColourJpeg();
        var camera = Itou.Export.Tests.Imaging.JpegMetadataTests.Dress(stored, orientation: 6);
        using var source = ImageSource.Load(camera)!;
        var bytes = SampleDocuments.Write(new Image(source));

        var (_, listing) = ExternalTool.RunOnFile(bytes, "pdfimages", "-list", "{file}");
        var page = Render(bytes);

        Assert.Equal((30f, 60f), (source.Width, source.Height));
        Assert.Matches(@"image\s+80\s+40\s+(rgb|icc)\s+3\s+8\s+jpeg", listing);
        Assert.True(bytes.AsSpan().IndexOf(stored) >= 0, "the JPEG goes in as it is, less its metadata");
        Assert.True(bytes.Length < camera.Length, $"{bytes.Length} bytes of PDF for a {camera.Length}-byte photo");
        var (top, bottom) = (Colour(page, 0.25f), Colour(page, 0.75f));
        Assert.True(top.Red > 200 && top.Blue < 60, $"top {top}");
        Assert.True(bottom.Blue > 200 && bottom.Red < 60, $"bottom {bottom}");
    }

    private static byte[] TwoColourJpeg()
    {
        using var bitmap = new SKBitmap(80, 40);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.Blue);
            using var red = new SKPaint { Color = SKColors.Red };
            canvas.DrawRect(0, 0, 40, 40, red);
        }
        using var data = bitmap.Encode(SKEncodedImageFormat.Jpeg, 95);
        return data.ToArray();
    }

    // The first page at 72 dpi, as poppler draws it.
    private static SKBitmap Render(byte[] pdf)
    {
        var folder = Directory.CreateTempSubdirectory("itou-render-");
        try
        {
            var file = Path.Combine(folder.FullName, "page.pdf");
            File.WriteAllBytes(file, pdf);
            ExternalTool.RunOrSkip("pdftoppm", "-r", "72", "-png", "-singlefile", file, Path.Combine(folder.FullName, "page"));
            return SKBitmap.Decode(Path.Combine(folder.FullName, "page.png"));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    // The colour in the middle of the picture (drawn at the top-left of the content area), a fraction of its height down.
    private static SKColor Colour(SKBitmap page, float down)
    {
        var margins = SampleDocuments.Describe().Margins;
        return page.GetPixel((int)(margins.Left + 15), (int)(margins.Top + 60 * down));
    }
}
