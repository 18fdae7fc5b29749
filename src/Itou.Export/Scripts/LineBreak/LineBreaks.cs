using static Itou.Export.Scripts.LineBreakClass;

namespace Itou.Export.Scripts;

/// <summary>
/// Where a line may end, for every script: UAX #14 (<see cref="LineBreakRules"/>) with the tailoring a
/// GitBook reader sees in a browser. Chinese and Japanese break between characters, with the kinsoku
/// rules UAX #14 gives (no line starts with 。、，」）！？… or small kana, none ends with 「（). Korean
/// breaks at spaces only (GitBook's <c>word-break: keep-all</c>: Hangul is treated as letters). Thai and
/// Lao break between dictionary words (<see cref="LineBreakDictionary"/>). French no-break spaces
/// (U+00A0, U+202F) are GL and keep punctuation with its word. Two tailorings keep the earlier rules for
/// Latin text: a hyphen breaks only between letters or digits and a letter (never in <c>--flag</c>), and
/// long tokens (URLs, identifiers) may also break after <c>. _ ? &amp; = # : ; , -</c>.
/// </summary>
internal static class LineBreaks
{
    /// <summary>Tokens at least this long may break after punctuation (URLs, code).</summary>
    private const int LongToken = 24;

    /// <summary><c>result[i]</c> is true when a line may start at character <paramref name="text"/>[i].</summary>
    public static bool[] Compute(string text) => Compute(text, tailored: true);

    /// <summary>The opportunities of UAX #14 itself (<paramref name="tailored"/> false, as LineBreakTest.txt expects) or with this exporter's tailoring.</summary>
    internal static bool[] Compute(string text, bool tailored)
    {
        var result = new bool[text.Length];
        var classes = new LineBreakClass[text.Length];
        var starts = new int[text.Length];
        var count = 0;
        for (var i = 0; i < text.Length; i += char.IsSurrogatePair(text, i) ? 2 : 1)
        {
            var raw = char.IsSurrogate(text[i])
                ? char.IsSurrogatePair(text, i) ? LineBreakClasses.Of(char.ConvertToUtf32(text[i], text[i + 1])) : SG
                : LineBreakClasses.Of(text[i]);
            classes[count] = LineBreakRules.Resolve(tailored ? KeepAll(raw) : raw);
            starts[count++] = i;
        }
        var breaks = new bool[count];
        LineBreakRules.Apply(classes.AsSpan(0, count), breaks);
        for (var k = 1; k < count; k++)
            result[starts[k]] = breaks[k];
        if (tailored)
        {
            MarkDictionaryWords(text, result);
            KeepHyphensInWords(text, result);
            MarkLongTokens(text, result);
        }
        return result;
    }

    /// <summary>A space a line may end on (trimmed at line ends, stretched when justifying).</summary>
    public static bool IsBreakingSpace(char c) => c is ' ' or '\u2002' or '\u2003' or '\u2009' or '\u3000';

    // Korean: a Hangul syllable or jamo behaves as a letter, so a word breaks only at spaces.
    private static LineBreakClass KeepAll(LineBreakClass c) => c is H2 or H3 or JL or JV or JT ? AL : c;

    private static void MarkDictionaryWords(string text, bool[] result)
    {
        for (var i = 0; i < text.Length;)
        {
            if (!InDictionaryRun(text[i]))
            {
                i++;
                continue;
            }
            var end = i;
            while (end < text.Length && InDictionaryRun(text[end]) && LineBreakDictionary.For(text[end]) == LineBreakDictionary.For(text[i]))
                end++;
            LineBreakDictionary.For(text[i])!.MarkWords(text, i, end, result);
            i = end;
        }
    }

    // The letters and marks of Thai and Lao (SA, or CM for marks), not their digits or punctuation.
    private static bool InDictionaryRun(char c) =>
        LineBreakDictionary.HasDictionary(c) && LineBreakClasses.Of(c) is SA or CM;

    // UAX #14 breaks after any hyphen; a hyphen that does not join two words (--flag, -5 °C) keeps its word.
    private static void KeepHyphensInWords(string text, bool[] result)
    {
        for (var i = 1; i < text.Length; i++)
        {
            if (result[i] && text[i - 1] is '-' or '\u2010')
                result[i] = i >= 2 && char.IsLetterOrDigit(text[i - 2]) && char.IsLetter(text[i]);
        }
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
                    if (text[j - 1] is '/' or '.' or '_' or '?' or '&' or '=' or '#' or ':' or ';' or ',' or '-' && text[j] != '/' && !IsNoBreak(text[j]))
                        result[j] = true;
                }
            }
            start = i + 1;
        }
    }

    // No-break spaces and word joiners (U+00A0, U+202F, U+2060, U+FEFF): a line never starts at one.
    private static bool IsNoBreak(char c) => LineBreakClasses.Of(c) is GL or WJ;
}
