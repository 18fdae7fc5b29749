using System.Globalization;
using System.Text;
using Itou.Export.Theming;

namespace Itou.Export.Rendering;

/// <summary>
/// The running header's text, the same in both writers: the document title without its leading emoji
/// (GitBook titles pages "ℹ️ Introduction"; repeated on hundreds of pages the symbol is noise), then the
/// theme's <c>headerText</c>. The cover keeps the title as it is.
/// </summary>
internal static class RunningHeader
{
    public static string Text(string title, Theme theme)
    {
        var bare = WithoutLeadingEmoji(title);
        return string.IsNullOrWhiteSpace(theme.HeaderText) ? bare : $"{bare} · {theme.HeaderText}";
    }

    /// <summary><paramref name="title"/> without the emoji and spaces it starts with (unchanged when nothing else is left).</summary>
    public static string WithoutLeadingEmoji(string title)
    {
        var runes = title.EnumerateRunes().ToList();
        var start = 0;
        while (start < runes.Count && (IsEmojiPart(runes[start]) || (start + 1 < runes.Count && runes[start + 1].Value == 0xFE0F) || (Rune.IsWhiteSpace(runes[start]) && start > 0)))
            start++;
        if (start == 0 || start == runes.Count)
            return title;
        return string.Concat(runes.Skip(start).Select(rune => rune.ToString()));
    }

    // Pictographs are symbols (So); the rest joins or modifies them: variation selector, zero-width
    // joiner, keycap, skin tones (Sk), tag characters of subdivision flags.
    private static bool IsEmojiPart(Rune rune) =>
        Rune.GetUnicodeCategory(rune) == UnicodeCategory.OtherSymbol
        || rune.Value is 0xFE0F or 0x200D or 0x20E3 or (>= 0x1F3FB and <= 0x1F3FF) or (>= 0xE0020 and <= 0xE007F);
}
