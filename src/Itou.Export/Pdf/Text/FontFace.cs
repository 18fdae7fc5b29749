using SkiaSharp;

namespace Itou.Export.Pdf.Text;

/// <summary>
/// A font as one document uses it: the shared <see cref="FontData"/>, the glyphs and characters this
/// document shaped with it (what the subset keeps) and the typeface to draw with.
/// </summary>
public sealed class FontFace : IDisposable
{
    private readonly HashSet<uint> glyphs = [];
    private readonly HashSet<int> codePoints = [];
    private SKTypeface? full;
    private SKTypeface? subset;

    internal FontFace(FontData data) => Data = data;

    internal FontData Data { get; }

    /// <summary>The font's name (file or resource), for diagnostics and tests.</summary>
    public string Name => Data.Name;

    /// <summary>The typeface to draw with: the subset once <see cref="Subset"/> ran, the whole font before.</summary>
    internal SKTypeface Typeface => subset ?? (full ??= Data.Typeface());

    /// <summary>Notes glyphs and characters shaped for this document.</summary>
    internal void Use(ReadOnlySpan<uint> shapedGlyphs, ReadOnlySpan<char> text)
    {
        foreach (var glyph in shapedGlyphs)
            glyphs.Add(glyph);
        foreach (var rune in text.EnumerateRunes())
            codePoints.Add(rune.Value);
    }

    /// <summary>
    /// Replaces the drawing typeface by a subset holding only the glyphs used so far (plus digits, which
    /// page numbers may need in the drawing pass). Colour fonts stay whole: Skia draws their glyphs as images.
    /// </summary>
    internal void Subset()
    {
        if (glyphs.Count == 0 || !Data.HasOutlines || subset is not null)
            return;
        foreach (var digit in "0123456789")
            AddCodePointGlyph(digit);
        var bytes = FontSubsetter.Subset(Data.Face, glyphs, codePoints);
        if (bytes is not null)
            subset = SKTypeface.FromData(SKData.CreateCopy(bytes));
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        full?.Dispose();
        subset?.Dispose();
    }

    private void AddCodePointGlyph(int codePoint)
    {
        codePoints.Add(codePoint);
        if (Data.Font.TryGetNominalGlyph(codePoint, out var glyph))
            glyphs.Add(glyph);
    }
}
