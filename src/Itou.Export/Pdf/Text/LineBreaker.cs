namespace Itou.Export.Pdf.Text;

/// <summary>
/// Cuts a shaped paragraph into lines of a given width, greedily: each line ends at the last break
/// opportunity that fits; a word longer than the line is cut between clusters, never drawn past the edge.
/// </summary>
internal static class LineBreaker
{
    /// <summary>The lines of <paramref name="text"/> for <paramref name="width"/> points.</summary>
    public static List<TextLine> Break(ShapedText text, float width, ParagraphStyle style)
    {
        var lines = new List<TextLine>();
        var start = 0;
        do
        {
            var indent = lines.Count == 0 ? Math.Max(0, style.FirstLineIndent) : style.HangingIndent;
            var end = LineEnd(text, start, width - indent);
            lines.Add(Measure(text, start, end, indent));
            start = end;
        }
        while (start < text.Count);
        return lines;
    }

    /// <summary>Where the line starting at glyph <paramref name="start"/> ends (exclusive, trailing spaces included).</summary>
    private static int LineEnd(ShapedText text, int start, float width)
    {
        float x = 0;
        var lastBreak = -1;
        for (var g = start; g < text.Count; g++)
        {
            if (g > start && text.MustBreakBefore(g))
                return g;
            if (g > start && text.CanBreakBefore(g))
                lastBreak = g;
            x += text.Advances[g];
            if (x > width && !text.IsSpace(g) && g > start)
                return lastBreak > start ? lastBreak : ClusterStartAtOrBefore(text, g, start);
        }
        return text.Count;
    }

    /// <summary>An emergency break: the start of the cluster holding glyph <paramref name="g"/> (at least one cluster per line).</summary>
    private static int ClusterStartAtOrBefore(ShapedText text, int g, int lineStart)
    {
        while (g > lineStart && !text.StartsCluster(g))
            g--;
        if (g > lineStart)
            return g;
        g = lineStart + 1;
        while (g < text.Count && !text.StartsCluster(g))
            g++;
        return g;
    }

    private static TextLine Measure(ShapedText text, int start, int end, float indent)
    {
        var visibleEnd = end;
        while (visibleEnd > start && text.IsSpace(visibleEnd - 1))
            visibleEnd--;
        float width = 0, ascent = 0, descent = 0, height = 0;
        for (var g = start; g < visibleEnd; g++)
            width += text.Advances[g];
        foreach (var run in RunsOf(text, start, Math.Max(end, start + 1)))
        {
            ascent = Math.Max(ascent, run.Ascent);
            descent = Math.Max(descent, run.Descent);
            height = Math.Max(height, run.LineHeight);
        }
        var endsParagraph = end >= text.Count || text.MustBreakBefore(end);
        return new TextLine(start, visibleEnd, indent, width, ascent, descent, Math.Max(height, ascent + descent), endsParagraph);
    }

    /// <summary>The runs holding glyphs [<paramref name="start"/>, <paramref name="end"/>).</summary>
    public static IEnumerable<ShapedRun> RunsOf(ShapedText text, int start, int end)
    {
        if (text.Count == 0)
            yield break;
        for (var run = text.RunOf(Math.Min(start, text.Count - 1)); ; )
        {
            yield return run;
            var next = run.GlyphEnd;
            if (next >= end || next >= text.Count)
                yield break;
            run = text.RunOf(next);
        }
    }
}
