using Itou.Export.Publishing;
using Itou.Export.Theming;

namespace Itou.Export.Pdf.Text;

/// <summary>
/// The fonts of one document and the fallback chain that picks a font per grapheme cluster: the theme's
/// fonts (or the bundled Noto Sans and DejaVu Sans Mono), the bundled script, symbol and emoji fonts
/// (<see cref="BundledFonts"/>), the theme's <c>fonts.fallback</c> files, then, when allowed, the
/// machine's fonts (<see cref="SystemFonts"/>). Without the machine's fonts the output is the same on
/// every machine.
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
    // The machine fonts this document used, in the order they were first needed, with the first cluster each drew.
    private readonly List<(FontData Font, string FirstCluster)> machineFontsUsed = [];
    private int machineFontsReported;
    private readonly FontData[] sans;
    private readonly FontData[] mono;
    private readonly FontData[] fallback;
    private readonly SystemFonts? machine;

    /// <summary>
    /// The bundled fonts, with the theme's TrueType files where given (an unusable file is reported and
    /// replaced), and the machine's fonts as a last resort when <paramref name="useSystemFonts"/> is on.
    /// </summary>
    public FontLibrary(ThemeFonts? theme = null, DiagnosticBag? diagnostics = null, bool useSystemFonts = false)
        : this(theme, diagnostics, useSystemFonts ? SystemFonts.Machine : null)
    {
    }

    /// <summary>The same, with the machine's fonts read from <paramref name="machine"/> (none when null).</summary>
    internal FontLibrary(ThemeFonts? theme, DiagnosticBag? diagnostics, SystemFonts? machine)
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
        // Highlighted code has bold keywords and italic comments; a theme's mono font is one file for all four.
        mono = theme.Mono is null
            ? [monoRegular, FontData.Bundled("DejaVuSansMono-Bold.ttf"), FontData.Bundled("DejaVuSansMono-Oblique.ttf"), FontData.Bundled("DejaVuSansMono-BoldOblique.ttf")]
            : [monoRegular, monoRegular, monoRegular, monoRegular];
        fallback = [.. theme.Fallback.Select(path => Fallback(path, diagnostics)).OfType<FontData>()];
        this.machine = machine;
    }

    /// <summary>Every face this document has used so far.</summary>
    public IReadOnlyCollection<FontFace> UsedFaces => faces.Values;

    /// <summary>
    /// The fonts to try, in order, for a grapheme cluster of <paramref name="style"/>: the style's font,
    /// the sans font of the same style, the bundled script fonts, the symbol font, the CJK font, the emoji
    /// font (first for emoji clusters), the theme's fallback fonts.
    /// </summary>
    private IEnumerable<FontData> Chain(TextStyle style, bool emojiCluster)
    {
        var index = (style.Bold ? 1 : 0) + (style.Italic ? 2 : 0);
        var primary = style.Family == Mono ? mono[index] : sans[index];
        if (emojiCluster)
            yield return BundledFonts.Emoji;
        yield return primary;
        if (primary != sans[index])
            yield return sans[index];
        foreach (var script in BundledFonts.Scripts(style.Bold))
            yield return script;
        yield return BundledFonts.Symbols;
        yield return BundledFonts.Ideographs;
        if (!emojiCluster)
            yield return BundledFonts.Emoji;
        foreach (var font in fallback)
            yield return font;
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

    /// <summary>
    /// True when a space or a punctuation mark is drawn with the font of the run it is in (when that font
    /// draws it and is not a colour font) rather than cutting the run: a Korean or Arabic line stays one run
    /// of one font, shaped whole, instead of a run per word.
    /// </summary>
    internal static bool StaysInRun(FontFace run, ReadOnlySpan<char> cluster) =>
        cluster.Length == 1 && (char.IsWhiteSpace(cluster[0]) || char.IsPunctuation(cluster[0])) && !run.Data.IsColor && run.Data.Covers(cluster[0]);

    /// <summary>True when <paramref name="face"/> (as <see cref="FaceFor"/> chose it) draws every visible character of <paramref name="cluster"/>.</summary>
    internal static bool Draws(FontFace face, ReadOnlySpan<char> cluster) => Covers(face.Data, cluster);

    /// <summary>
    /// Says once per font, as information, which machine fonts the document came to use since the last call
    /// and for which script (the output then depends on the machine), at <paramref name="file"/> and <paramref name="line"/>.
    /// </summary>
    internal void ReportMachineFonts(DiagnosticBag diagnostics, string file, int line)
    {
        for (; machineFontsReported < machineFontsUsed.Count; machineFontsReported++)
        {
            var (font, cluster) = machineFontsUsed[machineFontsReported];
            var codePoint = char.ConvertToUtf32(cluster, 0);
            diagnostics.Report(DiagnosticCodes.PdfFontMachine, file, line,
                $"The machine's font {font.Name} drew {UnicodeScripts.NameOf(codePoint)} text (first '{cluster}', U+{codePoint:X4}), which no bundled or theme font draws: this PDF depends on the fonts of this machine (turn the machine's fonts off for the same bytes everywhere).",
                DiagnosticSeverity.Info);
        }
    }

    private FontFace Choose(TextStyle style, ReadOnlySpan<char> cluster, Action<string> reportMissing)
    {
        var emojiCluster = EmojiClusters.IsEmoji(cluster);
        FontData? first = null;
        foreach (var font in Chain(style, emojiCluster))
        {
            first ??= font;
            if (Covers(font, cluster))
                return Face(font);
        }
        if (MachineFont(style, cluster) is { } found)
            return Face(found);
        var text = cluster.ToString();
        if (missingReported.Add(text))
            reportMissing($"No font draws '{text}' (U+{char.ConvertToUtf32(text, 0):X4}){(machine is null ? " among the bundled and theme fonts (the machine's fonts are off)" : ", neither bundled, theme nor machine font")}.");
        return Face(first!);
    }

    private FontData? MachineFont(TextStyle style, ReadOnlySpan<char> cluster)
    {
        if (machine?.Find(cluster, style.Bold, style.Italic) is not { } location)
            return null;
        var font = FontData.FromFile(location.Path, location.Index, out _);
        if (font is not null && !machineFontsUsed.Exists(used => used.Font == font))
            machineFontsUsed.Add((font, cluster.ToString()));
        return font;
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
    internal static bool IsInvisibleControl(int c) =>
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
        var data = FontData.FromFile(themePath, 0, out var problem);
        if (data is not null)
            return data;
        diagnostics?.Report(DiagnosticCodes.PdfFontUnusable, themePath, 0, $"Theme font not used ({problem}); the bundled {bundled} replaces it.");
        return FontData.Bundled(bundled);
    }

    private static FontData? Fallback(string path, DiagnosticBag? diagnostics)
    {
        var data = FontData.FromFile(path, 0, out var problem);
        if (data is null)
            diagnostics?.Report(DiagnosticCodes.PdfFontUnusable, path, 0, $"Theme fallback font left out of the chain ({problem}).");
        return data;
    }
}
