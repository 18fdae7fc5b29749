using System.Text;

namespace Itou.Export.Markdown.Cleanup;

/// <summary>
/// First preprocessing step, on the raw page: line endings to LF, and characters that are invisible
/// editor debris or that XML cannot hold removed (NUL and other controls, lone CR, zero-width spaces,
/// byte-order marks, unpaired surrogates, U+FFFE/U+FFFF). ZWJ (U+200D) stays: emoji sequences need it.
/// </summary>
internal static class CharacterCleaner
{
    /// <summary>Returns the cleaned text; <paramref name="firstInvalidLine"/> is the 1-based line of the first
    /// control character removed (0 when none), so it can be reported once.</summary>
    public static string Clean(string text, out int invalidCount, out int firstInvalidLine)
    {
        invalidCount = 0;
        firstInvalidLine = 0;
        if (!NeedsCleaning(text)) return text;
        var result = new StringBuilder(text.Length);
        var line = 1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                // CRLF is a line end; a lone CR is an editor artifact GitBook does not show.
                if (i + 1 < text.Length && text[i + 1] == '\n') continue;
                continue;
            }
            if (c == '\n') line++;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                result.Append(c).Append(text[++i]);
                continue;
            }
            if (IsInvisibleDebris(c)) continue;
            if (IsForbidden(c))
            {
                invalidCount++;
                if (firstInvalidLine == 0) firstInvalidLine = line;
                continue;
            }
            result.Append(c);
        }
        return result.ToString();
    }

    private static bool NeedsCleaning(string text)
    {
        foreach (var c in text)
        {
            if (c == '\r' || IsInvisibleDebris(c) || IsForbidden(c) || char.IsSurrogate(c)) return true;
        }
        return false;
    }

    private static bool IsInvisibleDebris(char c) => c is '\u200B' or '\uFEFF' or '\u2060';

    private static bool IsForbidden(char c) =>
        (c < 0x20 && c is not '\t' and not '\n') || c is '\u007F' or '\uFFFE' or '\uFFFF' || char.IsSurrogate(c);
}
