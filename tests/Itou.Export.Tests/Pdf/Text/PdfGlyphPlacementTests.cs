using Itou.Export.Pdf.Text;
using SkiaSharp;

namespace Itou.Export.Tests.Pdf.Text;

public sealed class PdfGlyphPlacementTests
{
    private static readonly TextStyle Body = new() { Size = 11 };

    [Fact]
    public void Text_without_kerning_or_stretched_spaces_is_one_segment_on_the_fonts_own_advances()
    {
        using var fonts = new FontLibrary();
        var text = ShapedText.Shape([new TextSpan("mini minimum", Body)], fonts, _ => { });
        var positions = new SKPoint[text.Count];
        var segments = new List<GlyphSegment>();

        var width = PdfGlyphPlacement.Place(text, 0, text.RunOf(0).Face, Body.Size, 0, positions, segments);

        Assert.Equal([new GlyphSegment(0, text.Count, SKPoint.Empty)], segments);
        Assert.Equal(text.Advances.Sum(), width, 0.01f);
        for (var g = 1; g < text.Count; g++)
            Assert.Equal(positions[g - 1].X + text.Advances[g - 1], positions[g].X, 0.001f);
    }

    [Fact]
    public void Stretched_spaces_start_a_segment_per_word_at_the_justified_position()
    {
        using var fonts = new FontLibrary();
        var text = ShapedText.Shape([new TextSpan("un mini lui", Body)], fonts, _ => { });
        var positions = new SKPoint[text.Count];
        var segments = new List<GlyphSegment>();

        var width = PdfGlyphPlacement.Place(text, 0, text.RunOf(0).Face, Body.Size, 5, positions, segments);

        Assert.Equal([0, 3, 8], segments.Select(segment => segment.Start));
        Assert.Equal(text.Advances.Sum() + 10, width, 0.01f);
        var mini = segments[1];
        Assert.Equal(text.Advances.Take(3).Sum() + 5, mini.Origin.X, 0.001f);
        Assert.Equal(SKPoint.Empty, positions[mini.Start]);
    }
}
