namespace Itou.Export.Pdf.Text;

/// <summary>
/// The fonts the package carries beyond the body and code fonts, in the order the fallback chain tries
/// them: <see cref="Scripts"/>, <see cref="Symbols"/>, <see cref="Ideographs"/>, <see cref="Emoji"/>
/// (Theming/Fonts, each with its licence file beside it). All are static TrueType (glyf) fonts: Skia
/// embeds those as real fonts with their text.
/// </summary>
internal static class BundledFonts
{
    // Noto Sans (the body font) draws Latin (Vietnamese included), Greek and Cyrillic.
    private static readonly string[] RegularScripts =
        ["NotoSansArabic-Regular.ttf", "NotoSansHebrew-Regular.ttf", "NotoSansDevanagari-Regular.ttf", "NotoSansThai-Regular.ttf"];

    private static readonly string[] BoldScripts =
        ["NotoSansArabic-Bold.ttf", "NotoSansHebrew-Bold.ttf", "NotoSansDevanagari-Bold.ttf", "NotoSansThai-Bold.ttf"];

    /// <summary>
    /// Han (simplified and traditional, not the rare extensions), kana and Hangul: WenQuanYi Micro Hei, one
    /// weight. After the symbol font, whose arrows and signs it would otherwise draw in its own style.
    /// </summary>
    public static FontData Ideographs => FontData.Bundled("WenQuanYiMicroHei.ttc");

    /// <summary>Symbols and arrows that Noto Sans lacks (DejaVu Sans; it draws Arabic and Hebrew too, after the script fonts).</summary>
    public static FontData Symbols => FontData.Bundled("DejaVuSans.ttf");

    /// <summary>Colour emoji (Noto Color Emoji, 11 MB: read on first need only).</summary>
    public static FontData Emoji => FontData.Bundled("NotoColorEmoji.ttf");

    /// <summary>The script fonts, each read on first need, in the weight asked for where there is one.</summary>
    public static IEnumerable<FontData> Scripts(bool bold) => (bold ? BoldScripts : RegularScripts).Select(FontData.Bundled);
}
