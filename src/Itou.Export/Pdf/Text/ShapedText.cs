using System.Globalization;
using HarfBuzzSharp;
using Itou.Export.Scripts;

namespace Itou.Export.Pdf.Text;

/// <summary>
/// A paragraph shaped once, whatever the width: glyphs with advances in points, the text position
/// each comes from, and where a line may or must start. Lines are cut from it by <see cref="LineBreaker"/>.
/// </summary>
internal sealed class ShapedText
{
    private readonly List<uint> glyphs;
    private readonly List<float> advances;
    private readonly List<float> offsetsX;
    private readonly List<float> offsetsY;
    private readonly List<int> clusters;
    private readonly List<ShapedRun> runs = [];
    private readonly bool[] breakBefore;
    private readonly bool[] hardBreakBefore;

    private ShapedText(string text)
    {
        // About one glyph per character: sized once instead of growing.
        (glyphs, advances, offsetsX, offsetsY, clusters) = (new(text.Length), new(text.Length), new(text.Length), new(text.Length), new(text.Length));
        Text = text;
        breakBefore = LineBreaks.Compute(text);
        hardBreakBefore = new bool[text.Length + 1];
    }

    /// <summary>The paragraph text; line feeds became spaces (each one forces a line break).</summary>
    public string Text { get; }

    /// <summary>Runs in text order.</summary>
    public IReadOnlyList<ShapedRun> Runs => runs;

    /// <summary>Number of glyphs.</summary>
    public int Count => glyphs.Count;

    /// <summary>Glyph ids.</summary>
    public IReadOnlyList<uint> Glyphs => glyphs;

    /// <summary>Glyph ids [<paramref name="start"/>, <paramref name="start"/> + <paramref name="count"/>), without copying.</summary>
    public ReadOnlySpan<uint> GlyphSpan(int start, int count) => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(glyphs).Slice(start, count);

    /// <summary>Advance of each glyph, in points.</summary>
    public IReadOnlyList<float> Advances => advances;

    /// <summary>Horizontal offset of each glyph from its pen position, in points.</summary>
    public IReadOnlyList<float> OffsetsX => offsetsX;

    /// <summary>Vertical offset of each glyph (up is negative, as on the canvas), in points.</summary>
    public IReadOnlyList<float> OffsetsY => offsetsY;

    /// <summary>Index in <see cref="Text"/> of the character each glyph starts from.</summary>
    public IReadOnlyList<int> Clusters => clusters;

    /// <summary>True when glyph <paramref name="g"/> starts a cluster after which a line may start.</summary>
    public bool CanBreakBefore(int g) => StartsCluster(g) && breakBefore[clusters[g]];

    /// <summary>True when a line feed comes just before glyph <paramref name="g"/>.</summary>
    public bool MustBreakBefore(int g) => StartsCluster(g) && hardBreakBefore[clusters[g]];

    /// <summary>True when glyph <paramref name="g"/> is the first glyph of its character cluster.</summary>
    public bool StartsCluster(int g) => g == 0 || clusters[g] != clusters[g - 1];

    /// <summary>True for a glyph drawn from a breaking space (trimmed at line ends, stretched when justifying).</summary>
    public bool IsSpace(int g) => LineBreaks.IsBreakingSpace(Text[clusters[g]]);

    /// <summary>The run glyph <paramref name="g"/> belongs to.</summary>
    public ShapedRun RunOf(int g)
    {
        var low = 0;
        var high = runs.Count - 1;
        while (low < high)
        {
            var mid = (low + high + 1) / 2;
            if (runs[mid].GlyphStart <= g) low = mid; else high = mid - 1;
        }
        return runs[low];
    }

    /// <summary>Shapes <paramref name="spans"/> with the fonts of <paramref name="fonts"/>, picking a font per grapheme cluster.</summary>
    public static ShapedText Shape(IReadOnlyList<TextSpan> spans, FontLibrary fonts, Action<string> report)
    {
        var raw = string.Concat(spans.Select(span => span.Text));
        var shaped = new ShapedText(raw.Replace('\n', ' '));
        for (var i = 0; i < raw.Length; i++)
            shaped.hardBreakBefore[i + 1] |= raw[i] == '\n';
        using var buffer = new HarfBuzzSharp.Buffer();
        var start = 0;
        foreach (var span in spans)
        {
            shaped.ShapeSpan(span, start, fonts, buffer, report);
            start += span.Text.Length;
        }
        return shaped;
    }

    private void ShapeSpan(TextSpan span, int start, FontLibrary fonts, HarfBuzzSharp.Buffer buffer, Action<string> report)
    {
        var end = start + span.Text.Length;
        if (span.Picture is not null)
        {
            ShapePicture(span, start, fonts.FaceFor(span.Style, " ", report));
            return;
        }
        var runStart = start;
        FontFace? runFace = null;
        for (var i = start; i < end;)
        {
            var length = ClusterLength(i, end);
            var face = fonts.FaceFor(span.Style, Text.AsSpan(i, length), report);
            if (runFace is not null && face != runFace && FontLibrary.StaysInRun(runFace, Text.AsSpan(i, length)))
                face = runFace;
            if (runFace is not null && face != runFace)
            {
                ShapeRun(span, runFace, runStart, i, buffer);
                runStart = i;
            }
            runFace = face;
            i += length;
        }
        if (runFace is not null)
            ShapeRun(span, runFace, runStart, end, buffer);
    }

    /// <summary>
    /// The length of the grapheme cluster at <paramref name="i"/>, cut at <paramref name="end"/>. Below U+0300
    /// (where combining marks, joiners, variation selectors and emoji parts begin) each character is a cluster
    /// of its own: most text needs no segmentation, the costliest step of shaping a French paragraph.
    /// </summary>
    private int ClusterLength(int i, int end)
    {
        if (Text[i] < FontLibrary.SimpleCharactersEnd && (i + 1 >= end || Text[i + 1] < FontLibrary.SimpleCharactersEnd))
            return 1;
        return Math.Min(StringInfo.GetNextTextElementLength(Text, i), end - i);
    }

    // An inline picture is one glyph as wide as the picture; the face only gives the line its ascent and descent.
    private void ShapePicture(TextSpan span, int textStart, FontFace face)
    {
        var glyphStart = glyphs.Count;
        glyphs.Add(0);
        clusters.Add(textStart);
        advances.Add(span.PictureWidth);
        offsetsX.Add(0);
        offsetsY.Add(0);
        runs.Add(new ShapedRun(span, face, glyphStart, glyphs.Count, textStart, textStart + span.Text.Length));
    }

    private void ShapeRun(TextSpan span, FontFace face, int textStart, int textEnd, HarfBuzzSharp.Buffer buffer)
    {
        buffer.ClearContents();
        buffer.AddUtf16(Text, textStart, textEnd - textStart);
        buffer.GuessSegmentProperties();
        face.Data.Font.Shape(buffer);
        var scale = span.Style.GlyphSize / face.Data.UnitsPerEm;
        var infos = buffer.GetGlyphInfoSpan();
        var positions = buffer.GetGlyphPositionSpan();
        var glyphStart = glyphs.Count;
        var shapedGlyphs = new uint[infos.Length];
        for (var i = 0; i < infos.Length; i++)
        {
            shapedGlyphs[i] = infos[i].Codepoint;
            glyphs.Add(infos[i].Codepoint);
            clusters.Add((int)infos[i].Cluster);
            advances.Add(positions[i].XAdvance * scale);
            offsetsX.Add(positions[i].XOffset * scale);
            offsetsY.Add(-positions[i].YOffset * scale);
        }
        face.Use(shapedGlyphs, Text.AsSpan(textStart, textEnd - textStart));
        runs.Add(new ShapedRun(span, face, glyphStart, glyphs.Count, textStart, textEnd));
    }
}
