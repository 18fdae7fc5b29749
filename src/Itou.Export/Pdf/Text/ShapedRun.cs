namespace Itou.Export.Pdf.Text;

/// <summary>
/// Consecutive glyphs of one span shaped with one font: glyphs [<see cref="GlyphStart"/>,
/// <see cref="GlyphEnd"/>) come from text [<see cref="TextStart"/>, <see cref="TextEnd"/>).
/// </summary>
internal sealed record ShapedRun(TextSpan Span, FontFace Face, int GlyphStart, int GlyphEnd, int TextStart, int TextEnd)
{
    /// <summary>Ascent above the baseline at the glyph size, in points.</summary>
    public float Ascent => Face.Data.Ascender * Span.Style.GlyphSize + Span.Style.BaselineShift;

    /// <summary>Descent below the baseline at the glyph size, in points (positive).</summary>
    public float Descent => Face.Data.Descender * Span.Style.GlyphSize;

    /// <summary>The height this run asks for its line.</summary>
    public float LineHeight => Math.Max(Span.Style.Size * Span.Style.LineHeight, Ascent + Descent);
}
