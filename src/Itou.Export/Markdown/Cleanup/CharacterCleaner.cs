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
        var source = text.AsSpan();
        var next = NextSuspicious(source);
        if (next < 0) return text;
        // Runs of ordinary characters are copied whole; only the suspicious ones are looked at one by one.
        var result = new StringBuilder(text.Length);
        var done = 0;
        while (next >= 0)
        {
            var i = done + next;
            result.Append(source[done..i]);
            var c = text[i];
            done = i + 1;
            // CR goes (CRLF is a line end, a lone CR an editor artifact GitBook does not show), as does the debris.
            if (char.IsHighSurrogate(c) && done < text.Length && char.IsLowSurrogate(text[done]))
                result.Append(c).Append(text[done++]);
            else if (c != '\r' && !IsInvisibleDebris(c))
            {
                // The rest are what XML cannot hold: NUL and other controls, DEL, U+FFFE/U+FFFF, lone surrogates.
                invalidCount++;
                if (firstInvalidLine == 0) firstInvalidLine = source[..i].Count('\n') + 1;
            }
            next = NextSuspicious(source[done..]);
        }
        result.Append(source[done..]);
        return result.ToString();
    }

    // Where the first character Clean may drop or keep paired is, or -1. Most text has none. A plain loop:
    // under AOT a SearchValues holding these (non-ASCII among them) is searched with software shuffles, and
    // cost more than the check below, which settles printable ASCII in two comparisons.
    private static int NextSuspicious(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < ' ' ? c is not ('\t' or '\n') : c >= '\u007F' && (c == '\u007F' || IsInvisibleDebris(c) || c is '\uFFFE' or '\uFFFF' || char.IsSurrogate(c)))
                return i;
        }
        return -1;
    }

    private static bool IsInvisibleDebris(char c) => c is '\u200B' or '\uFEFF' or '\u2060';
}
