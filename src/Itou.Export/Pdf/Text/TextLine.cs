namespace Itou.Export.Pdf.Text;

/// <summary>
/// One line of a paragraph: glyphs [<see cref="Start"/>, <see cref="End"/>) of its <see cref="ShapedText"/>
/// (trailing spaces excluded), drawn <see cref="Indent"/> points from the left edge.
/// </summary>
internal readonly record struct TextLine(int Start, int End, float Indent, float Width, float Ascent, float Descent, float Height, bool EndsParagraph)
{
    /// <summary>Distance from the top of the line to its baseline.</summary>
    public float Baseline => (Height - Ascent - Descent) / 2 + Ascent;
}
