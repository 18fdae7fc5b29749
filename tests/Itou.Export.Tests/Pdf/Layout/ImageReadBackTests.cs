using System.Text;
using Itou.Export.Pdf.Layout;
using Itou.Export.Tests.Support;

namespace Itou.Export.Tests.Pdf.Layout;

public sealed class ImageReadBackTests
{
    [Fact]
    public void A_png_keeps_its_transparency_as_a_soft_mask()
    {
        using var source = ImageSource.Load(ImageTests.Png(64, 32))!;
        var bytes = SampleDocuments.Write(new Image(source));

        var (code, listing) = ExternalTool.RunOnFile(bytes, "pdfimages", "-list", "{file}");

        Assert.Equal(0, code);
        Assert.Matches(@"\bimage\s+64\s+32\b", listing);
        Assert.Matches(@"\bsmask\s+64\s+32\b", listing);
    }

    [Fact]
    public void An_svg_is_drawn_as_vectors_with_its_text()
    {
        var svg = """<svg xmlns="http://www.w3.org/2000/svg" width="200" height="60"><rect width="200" height="60" rx="8" fill="#000091"/><text x="20" y="38" font-family="Marianne" font-size="20" fill="white">Texte SVG</text></svg>""";
        using var source = ImageSource.Load(Encoding.UTF8.GetBytes(svg))!;
        var bytes = SampleDocuments.Write(new Image(source));

        var (_, images) = ExternalTool.RunOnFile(bytes, "pdfimages", "-list", "{file}");
        var (_, text) = ExternalTool.RunOnFile(bytes, "pdftotext", "-enc", "UTF-8", "{file}", "-");

        Assert.DoesNotMatch(@"\bimage\s+\d+", images);
        Assert.Contains("Texte SVG", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_font_of_svg_text_is_cut_down_to_its_characters()
    {
        var svg = """<svg xmlns="http://www.w3.org/2000/svg" width="200" height="60"><text x="20" y="38" font-size="20">Logo</text><text x="20" y="58" font-weight="bold">Bâtir</text></svg>""";
        using var source = ImageSource.Load(Encoding.UTF8.GetBytes(svg))!;
        var bytes = SampleDocuments.Write(new Image(source));

        var (_, text) = ExternalTool.RunOnFile(bytes, "pdftotext", "-enc", "UTF-8", "{file}", "-");

        Assert.Contains("Logo", text, StringComparison.Ordinal);
        Assert.Contains("Bâtir", text, StringComparison.Ordinal);
        // The bundled Noto Sans regular and bold weigh 500 KB each (some 250 KB compressed) when embedded whole.
        Assert.True(bytes.Length < 60_000, $"{bytes.Length} bytes");
    }
}
