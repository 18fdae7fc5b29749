using System.Text.RegularExpressions;
using Markdig.Extensions.Emoji;

namespace Itou.Export.Markdown.Emoji;

/// <summary>GitBook <c>:name:</c> shortcodes to Unicode, for text that does not go through Markdig's emoji parser (HTML content).</summary>
internal static partial class Shortcodes
{
    private static readonly IDictionary<string, string> Map = EmojiMapping.GetDefaultEmojiShortcodeToUnicode();

    public static string Replace(string text) =>
        text.Contains(':') ? ShortcodePattern().Replace(text, m => Map.TryGetValue(m.Value, out var emoji) ? emoji : m.Value) : text;

    [GeneratedRegex(@":[a-z0-9_+\-]+:")]
    private static partial Regex ShortcodePattern();
}
