using Itou.Export.Publishing;
using Itou.Export.Theming;

namespace Itou.Export.Pdf.Text;

/// <summary>
/// The fonts of one document: the bundled ones (Noto Sans, DejaVu Sans Mono, DejaVu Sans for symbols,
/// Noto Color Emoji), or theme fonts where given, and the fallback chain that picks a font per character.
/// Never reads the machine's fonts, so output is the same everywhere.
/// </summary>
public sealed class FontLibrary : IDisposable
{
    /// <summary>The body family.</summary>
    public const string Sans = "sans";

    /// <summary>The code family.</summary>
    public const string Mono = "mono";

    /// <summary>Characters below this one never join another in a grapheme cluster (see <see cref="ShapedText"/>).</summary>
    internal const char SimpleCharactersEnd = '\u0300';

    private readonly Dictionary<FontData, FontFace> faces = [];
    // The choice for a character below U+0300, per family and style: most characters of a text, looked up without hashing.
    private readonly FontFace?[] simpleCharacterChoices = new FontFace?[8 * SimpleCharactersEnd];
    private readonly HashSet<string> missingReported = new(StringComparer.Ordinal);
    private readonly Dictionary<(bool Mono, bool Bold, bool Italic, int CodePoint), FontFace> singleCharacterChoices = [];
    private readonly FontData[] sans;
    private readonly FontData[] mono;
    // Read on first need only: most documents never reach the symbol or the 11 MB emoji font.
    private static FontData Symbols => FontData.Bundled("DejaVuSans.ttf");
    private static FontData Emoji => FontData.Bundled("NotoColorEmoji.ttf");

    /// <summary>The bundled fonts, with the theme's TrueType files where given (an unusable file is reported and replaced).</summary>
    public FontLibrary(ThemeFonts? theme = null, DiagnosticBag? diagnostics = null)
    {
        theme ??= new ThemeFonts();
        sans =
        [
            Pick(theme.Regular, "NotoSans-Regular.ttf", diagnostics),
            Pick(theme.Bold, "NotoSans-Bold.ttf", diagnostics),
            Pick(theme.Italic, "NotoSans-Italic.ttf", diagnostics),
            Pick(theme.BoldItalic, "NotoSans-BoldItalic.ttf", diagnostics),
        ];
        var monoRegular = Pick(theme.Mono, "DejaVuSansMono.ttf", diagnostics);
        var monoBold = theme.Mono is null ? FontData.Bundled("DejaVuSansMono-Bold.ttf") : monoRegular;
        mono = [monoRegular, monoBold, monoRegular, monoBold];
    }

    /// <summary>Every face this document has used so far.</summary>
    public IReadOnlyCollection<FontFace> UsedFaces => faces.Values;

    /// <summary>
    /// The fonts to try, in order, for a grapheme cluster of <paramref name="style"/>: the style's font,
    /// the sans font of the same weight, the symbol font, the emoji font (first for emoji clusters).
    /// </summary>
    private IEnumerable<FontFace> Chain(TextStyle style, bool emojiCluster)
    {
        var index = (style.Bold ? 1 : 0) + (style.Italic ? 2 : 0);
        var primary = style.Family == Mono ? mono[index] : sans[index];
        if (emojiCluster)
            yield return Face(Emoji);
        yield return Face(primary);
        if (primary != sans[index])
            yield return Face(sans[index]);
        yield return Face(Symbols);
        if (!emojiCluster)
            yield return Face(Emoji);
    }

    /// <summary>
    /// The first font of the chain that draws every visible character of <paramref name="cluster"/>;
    /// the style's own font (and a diagnostic, once per character) when none does.
    /// </summary>
    internal FontFace FaceFor(TextStyle style, ReadOnlySpan<char> cluster, Action<string> reportMissing)
    {
        // Most clusters are one character: their choice is remembered per style (the chain walk allocates).
        if (cluster.Length == 1 && cluster[0] < SimpleCharactersEnd)
        {
            var slot = ((style.Family == Mono ? 4 : 0) + (style.Bold ? 2 : 0) + (style.Italic ? 1 : 0)) * SimpleCharactersEnd + cluster[0];
            return simpleCharacterChoices[slot] ??= Choose(style, cluster, reportMissing);
        }
        if (System.Text.Rune.DecodeFromUtf16(cluster, out var rune, out var length) != System.Buffers.OperationStatus.Done || length != cluster.Length)
            return Choose(style, cluster, reportMissing);
        var key = (style.Family == Mono, style.Bold, style.Italic, rune.Value);
        if (!singleCharacterChoices.TryGetValue(key, out var face))
            singleCharacterChoices[key] = face = Choose(style, cluster, reportMissing);
        return face;
    }

    private FontFace Choose(TextStyle style, ReadOnlySpan<char> cluster, Action<string> reportMissing)
    {
        var emojiCluster = EmojiClusters.IsEmoji(cluster);
        FontFace? first = null;
        foreach (var face in Chain(style, emojiCluster))
        {
            first ??= face;
            if (Covers(face.Data, cluster))
                return face;
        }
        var text = cluster.ToString();
        if (missingReported.Add(text))
            reportMissing($"No bundled or theme font draws '{text}' (U+{char.ConvertToUtf32(text, 0):X4}).");
        return first!;
    }

    private static bool Covers(FontData font, ReadOnlySpan<char> cluster)
    {
        foreach (var rune in cluster.EnumerateRunes())
        {
            if (!IsInvisibleControl(rune.Value) && !font.Covers(rune.Value))
                return false;
        }
        return true;
    }

    /// <summary>Joiners and selectors that shape into nothing: no font needs a glyph for them.</summary>
    private static bool IsInvisibleControl(int c) =>
        c is 0x200B or 0x200C or 0x200D or 0x2060 or 0xFEFF or (>= 0xFE00 and <= 0xFE0F) or (>= 0xE0020 and <= 0xE007F);

    /// <summary>Cuts every used font down to its used glyphs (between the measuring and the drawing pass).</summary>
    internal void SubsetUsedFaces()
    {
        foreach (var face in faces.Values)
            face.Subset();
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        foreach (var face in faces.Values)
            face.Dispose();
        faces.Clear();
    }

    private FontFace Face(FontData data)
    {
        if (!faces.TryGetValue(data, out var face))
            faces[data] = face = new FontFace(data);
        return face;
    }

    private static FontData Pick(string? themePath, string bundled, DiagnosticBag? diagnostics)
    {
        if (themePath is null)
            return FontData.Bundled(bundled);
        var data = FontData.FromFile(themePath, out var problem);
        if (data is not null)
            return data;
        diagnostics?.Report(DiagnosticCodes.PdfFontUnusable, themePath, 0, $"Theme font not used ({problem}); the bundled {bundled} replaces it.");
        return FontData.Bundled(bundled);
    }
}
