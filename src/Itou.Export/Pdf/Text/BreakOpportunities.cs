namespace Itou.Export.Pdf.Text;

/// <summary>
/// Where a line may end, character by character: after spaces and zero-width spaces, after a hyphen
/// between letters, and inside long tokens (URLs, identifiers) after / . _ ? &amp; = # : ; never next to
/// a no-break space (U+00A0, U+202F, U+2060, U+FEFF).
/// </summary>
internal static class BreakOpportunities
{
    /// <summary>Tokens at least this long may break after punctuation (URLs, code).</summary>
    private const int LongToken = 24;

    /// <summary><c>result[i]</c> is true when a line may start at character <paramref name="text"/>[i].</summary>
    public static bool[] Compute(string text)
    {
        var result = new bool[text.Length];
        var tokenStart = 0;
        for (var i = 1; i < text.Length; i++)
        {
            var previous = text[i - 1];
            if (IsBreakingSpace(previous) && !IsBreakingSpace(text[i]))
            {
                result[i] = true;
                tokenStart = i;
            }
            else if (previous == '\u200B' || IsHyphenBreak(text, i))
            {
                result[i] = true;
            }
        }
        MarkLongTokens(text, result);
        ClearAroundNoBreakSpaces(text, result);
        return result;
    }

    /// <summary>A space a line may end on.</summary>
    public static bool IsBreakingSpace(char c) => c is ' ' or '\u2002' or '\u2003' or '\u2009' or '\u3000';

    private static bool IsHyphenBreak(string text, int i)
    {
        var hyphen = text[i - 1];
        return hyphen is '-' or '\u2010' && i >= 2 && char.IsLetterOrDigit(text[i - 2]) && char.IsLetter(text[i]);
    }

    private static void MarkLongTokens(string text, bool[] result)
    {
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && !IsBreakingSpace(text[i]))
                continue;
            if (i - start >= LongToken)
            {
                for (var j = start + 1; j < i; j++)
                {
                    if (text[j - 1] is '/' or '.' or '_' or '?' or '&' or '=' or '#' or ':' or ';' or ',' or '-' && text[j] != '/')
                        result[j] = true;
                }
            }
            start = i + 1;
        }
    }

    private static void ClearAroundNoBreakSpaces(string text, bool[] result)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is not ('\u00A0' or '\u202F' or '\u2060' or '\uFEFF'))
                continue;
            result[i] = false;
            if (i + 1 < text.Length)
                result[i + 1] = false;
        }
    }
}
