namespace Itou.Export.Pdf.Text;

/// <summary>Tells emoji grapheme clusters (drawn with the colour font) from text ones.</summary>
internal static class EmojiClusters
{
    private const char TextPresentation = '\uFE0E';
    private const char EmojiPresentation = '\uFE0F';
    private const char ZeroWidthJoiner = '\u200D';
    private const char Keycap = '\u20E3';

    /// <summary>
    /// True when the cluster asks for a colour emoji: an explicit emoji selector, a keycap, a ZWJ
    /// sequence, a flag, a pictograph above U+1F000 or a character that is an emoji by default.
    /// </summary>
    public static bool IsEmoji(ReadOnlySpan<char> cluster)
    {
        if (cluster.IsEmpty || cluster.Contains(TextPresentation))
            return false;
        if (cluster.Contains(EmojiPresentation) || cluster.Contains(Keycap) || cluster.Contains(ZeroWidthJoiner))
            return true;
        System.Text.Rune.DecodeFromUtf16(cluster, out var first, out _);
        return first.Value >= 0x1F000 || IsEmojiByDefault(first.Value);
    }

    /// <summary>Characters of the Basic Multilingual Plane with the Emoji_Presentation property.</summary>
    private static bool IsEmojiByDefault(int c) => c is
        0x231A or 0x231B or (>= 0x23E9 and <= 0x23EC) or 0x23F0 or 0x23F3 or 0x25FD or 0x25FE or 0x2614 or 0x2615
        or (>= 0x2648 and <= 0x2653) or 0x267F or 0x2693 or 0x26A1 or 0x26AA or 0x26AB or 0x26BD or 0x26BE
        or 0x26C4 or 0x26C5 or 0x26CE or 0x26D4 or 0x26EA or 0x26F2 or 0x26F3 or 0x26F5 or 0x26FA or 0x26FD
        or 0x2705 or 0x270A or 0x270B or 0x2728 or 0x274C or 0x274E or (>= 0x2753 and <= 0x2755) or 0x2757
        or (>= 0x2795 and <= 0x2797) or 0x27B0 or 0x27BF or 0x2B1B or 0x2B1C or 0x2B50 or 0x2B55;
}
