using SkiaSharp;

namespace Itou.Export.Pdf.Text;

/// <summary>Glyphs [<see cref="Start"/>, <see cref="End"/>) of a run drawn from one origin (relative to the run's).</summary>
internal readonly record struct GlyphSegment(int Start, int End, SKPoint Origin);

/// <summary>
/// Cuts the glyphs of a run into segments that Skia's PDF writer can write as one string each. Skia
/// moves the text position ("x y Td", some 25 bytes) before every glyph that is not exactly, bit for
/// bit, where the font's own advances since the text origin put it, and after one move it compares
/// differences of large coordinates that never match again: a justified page came out with a move per
/// glyph (26 MB of content for 300 pages, most of the time spent formatting and compressing it). So a
/// new segment (its own text object, at its own origin) starts at each real move (a stretched space,
/// kerning, a mark), and inside a segment glyphs sit exactly on Skia's pen (within a hair of ours).
/// </summary>
internal static class PdfGlyphPlacement
{
    /// <summary>How far a glyph may be moved onto Skia's pen, in points: far below what print or screen shows.</summary>
    private const float Tolerance = 0.001f;

    /// <summary>
    /// Fills <paramref name="positions"/> (relative to each glyph's segment origin) and <paramref name="segments"/> for
    /// glyphs [<paramref name="start"/>, <paramref name="start"/> + positions.Length) of <paramref name="text"/>, each space
    /// widened by <paramref name="extraPerSpace"/>; returns the width of the glyphs.
    /// </summary>
    public static float Place(ShapedText text, int start, FontFace face, float size, float extraPerSpace, Span<SKPoint> positions, List<GlyphSegment> segments)
    {
        // What Skia adds per glyph: the font's own (unkerned) advance, scaled as it scales it.
        var nominal = face.Data.Font.GetHorizontalGlyphAdvances(text.GlyphSpan(start, positions.Length));
        var advanceScale = size / face.Data.UnitsPerEm;
        segments.Clear();
        float pen = 0, skiaPen = 0;
        var (segmentStart, origin) = (0, SKPoint.Empty);
        for (var i = 0; i < positions.Length; i++)
        {
            var g = start + i;
            var wanted = new SKPoint(pen + text.OffsetsX[g], text.OffsetsY[g]);
            var onPen = wanted.Y == origin.Y && Math.Abs(origin.X + skiaPen - wanted.X) <= Tolerance;
            if (i == 0 || (!onPen && text.StartsCluster(g)))
            {
                if (i > 0)
                    segments.Add(new GlyphSegment(segmentStart, i, origin));
                (segmentStart, origin, skiaPen) = (i, wanted, 0);
            }
            else if (!onPen)
            {
                // A mark inside a cluster (Thai tone marks, Devanagari vowel signs) stays in its cluster's
                // segment, where it is moved: a segment carries the text of whole clusters only, or readers
                // extract the cluster split in two (a letter doubled, a mark alone in a zero-width word).
                skiaPen = wanted.X - origin.X;
            }
            positions[i] = new SKPoint(skiaPen, wanted.Y - origin.Y);
            skiaPen += advanceScale * nominal[i];
            pen += text.Advances[g] + (text.IsSpace(g) ? extraPerSpace : 0);
        }
        if (positions.Length > 0)
            segments.Add(new GlyphSegment(segmentStart, positions.Length, origin));
        return pen;
    }
}
