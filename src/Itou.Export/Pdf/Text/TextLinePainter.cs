using System.Text;
using SkiaSharp;

namespace Itou.Export.Pdf.Text;

/// <summary>
/// Draws one line: per run, the highlight, the glyphs (in the segments of <see cref="PdfGlyphPlacement"/>,
/// each a positioned run carrying its UTF-8 text and clusters, so PDF readers extract the source words,
/// ligatures included), the underline or strike and the link area.
/// </summary>
internal static class TextLinePainter
{
    /// <summary>Draws <paramref name="line"/> with its top-left at (0, <paramref name="top"/>) in a box <paramref name="width"/> wide.</summary>
    public static void Draw(Layout.LayoutContext context, ShapedText text, TextLine line, float top, float width, ParagraphStyle style)
    {
        var (left, extraPerSpace) = Placement(text, line, width, style);
        var x = left;
        foreach (var run in LineBreaker.RunsOf(text, line.Start, line.End))
        {
            var start = Math.Max(run.GlyphStart, line.Start);
            var end = Math.Min(run.GlyphEnd, line.End);
            if (end <= start)
                continue;
            var baseline = top + line.Baseline - run.Span.Style.BaselineShift;
            var runWidth = DrawRun(context.Canvas, text, run, start, end, x, baseline, extraPerSpace);
            var area = new SKRect(x, top, x + runWidth, top + line.Height);
            DrawDecorations(context.Canvas, run.Span.Style, x, runWidth, top + line.Baseline);
            run.Span.Link?.Annotate(context, area);
            x += runWidth;
        }
    }

    /// <summary>Where the line starts and how much each space grows, for the paragraph's alignment.</summary>
    private static (float Left, float ExtraPerSpace) Placement(ShapedText text, TextLine line, float width, ParagraphStyle style)
    {
        var free = Math.Max(0, width - line.Indent - line.Width);
        switch (style.Alignment)
        {
            case TextAlignment.Center: return (line.Indent + free / 2, 0);
            case TextAlignment.Right: return (line.Indent + free, 0);
            case TextAlignment.Justify when !line.EndsParagraph:
                var spaces = 0;
                for (var g = line.Start; g < line.End; g++)
                    spaces += text.IsSpace(g) ? 1 : 0;
                return (line.Indent, spaces > 0 ? free / spaces : 0);
            default: return (line.Indent, 0);
        }
    }

    /// <summary>Draws glyphs [start, end) of <paramref name="run"/>; returns their width.</summary>
    private static float DrawRun(SKCanvas canvas, ShapedText text, ShapedRun run, int start, int end, float x, float baseline, float extraPerSpace)
    {
        var style = run.Span.Style;
        if (run.Span.Picture is { } picture)
        {
            // Sits on the baseline like a capital letter, a little below it like a descender.
            var height = run.Span.PictureHeight;
            picture.Draw(canvas, SKRect.Create(x, baseline - height * 0.85f, run.Span.PictureWidth, height));
            return run.Span.PictureWidth;
        }
        var count = end - start;
        var positions = new SKPoint[count];
        var segments = new List<GlyphSegment>();
        var pen = PdfGlyphPlacement.Place(text, start, run.Face, style.GlyphSize, extraPerSpace, positions, segments);
        DrawBackground(canvas, style, x, baseline, pen, run);
        using var font = new SKFont(run.Face.Typeface, style.GlyphSize) { Subpixel = true, LinearMetrics = true };
        using var paint = new SKPaint { Color = style.Color, IsAntialias = true };
        using var builder = new SKTextBlobBuilder();
        foreach (var segment in segments)
        {
            using var blob = Segment(builder, font, text, run, start + segment.Start, start + segment.End, positions.AsSpan(segment.Start, segment.End - segment.Start));
            if (blob is not null)
                canvas.DrawText(blob, x + segment.Origin.X, baseline + segment.Origin.Y, paint);
        }
        return pen;
    }

    /// <summary>Glyphs [<paramref name="start"/>, <paramref name="end"/>) of <paramref name="run"/> as a positioned run carrying its text.</summary>
    private static SKTextBlob? Segment(SKTextBlobBuilder builder, SKFont font, ShapedText text, ShapedRun run, int start, int end, ReadOnlySpan<SKPoint> positions)
    {
        var textStart = text.Clusters[start];
        var textEnd = end < run.GlyphEnd ? text.Clusters[end] : run.TextEnd;
        var (utf8, clusters) = Utf8WithClusters(text, start, end, textStart, textEnd);
        // Skia gives no text buffer for zero bytes (a run whose clusters go right to left ends up with an
        // empty slice here): the glyphs are drawn all the same, without their text layer.
        var withText = utf8.Length > 0;
        var buffer = builder.AllocatePositionedTextRun(font, end - start, withText ? utf8.Length : 0, null);
        var ids = new ushort[end - start];
        for (var i = 0; i < ids.Length; i++)
            ids[i] = (ushort)text.Glyphs[start + i];
        buffer.SetGlyphs(ids);
        buffer.SetPositions(positions);
        if (withText)
        {
            buffer.SetText(utf8);
            buffer.SetClusters(clusters);
        }
        return builder.Build();
    }

    /// <summary>The UTF-8 text of the glyphs and, for each glyph, the byte offset of its cluster in it.</summary>
    private static (byte[] Utf8, uint[] Clusters) Utf8WithClusters(ShapedText text, int start, int end, int textStart, int textEnd)
    {
        var slice = text.Text.AsSpan(textStart, Math.Max(0, textEnd - textStart));
        var utf8 = new byte[Encoding.UTF8.GetByteCount(slice)];
        Encoding.UTF8.GetBytes(slice, utf8);
        var clusters = new uint[end - start];
        int charIndex = 0, byteIndex = 0;
        for (var i = 0; i < clusters.Length; i++)
        {
            // Clusters only grow from left to right, so the byte offset is carried along.
            var target = Math.Clamp(text.Clusters[start + i] - textStart, 0, slice.Length);
            if (target < charIndex)
                (charIndex, byteIndex) = (0, 0);
            byteIndex += Encoding.UTF8.GetByteCount(slice[charIndex..target]);
            charIndex = target;
            clusters[i] = (uint)byteIndex;
        }
        return (utf8, clusters);
    }

    private static void DrawBackground(SKCanvas canvas, TextStyle style, float x, float baseline, float width, ShapedRun run)
    {
        if (style.Background.Alpha == 0)
            return;
        using var paint = new SKPaint { Color = style.Background };
        canvas.DrawRect(new SKRect(x, baseline - run.Ascent, x + width, baseline + run.Descent), paint);
    }

    private static void DrawDecorations(SKCanvas canvas, TextStyle style, float x, float width, float baseline)
    {
        if (!style.Underline && !style.Strikethrough)
            return;
        var thickness = Math.Max(0.5f, style.Size * 0.06f);
        using var paint = new SKPaint { Color = style.Color };
        if (style.Underline)
            canvas.DrawRect(new SKRect(x, baseline + style.Size * 0.12f, x + width, baseline + style.Size * 0.12f + thickness), paint);
        if (style.Strikethrough)
            canvas.DrawRect(new SKRect(x, baseline - style.Size * 0.3f, x + width, baseline - style.Size * 0.3f + thickness), paint);
    }
}
