using System.Text;

namespace Itou.Export.Scripts;

/// <summary>
/// The three kinds of writing word processors give a font and a language slot of their own, besides
/// the Latin, Greek and Cyrillic alphabets (<see cref="Other"/>).
/// </summary>
internal enum WritingKind
{
    /// <summary>Latin, Greek, Cyrillic, symbols: the ASCII/high-ANSI slots.</summary>
    Other,

    /// <summary>Han, kana, Hangul, Bopomofo and their full-width punctuation.</summary>
    EastAsian,

    /// <summary>Scripts written left to right whose shaping needs a complex-script font: Indic, Thai, Lao, Khmer, Myanmar, Tibetan.</summary>
    Complex,

    /// <summary>Scripts written right to left: Hebrew, Arabic, Syriac, Thaana, N'Ko.</summary>
    RightToLeft,
}

/// <summary>A stretch of text in one kind of writing: [<paramref name="Start"/>, <paramref name="Start"/> + <paramref name="Length"/>).</summary>
internal readonly record struct WritingRun(int Start, int Length, WritingKind Kind);

/// <summary>
/// Which kind of writing text is in, by Unicode block, decided once for every writer that needs it
/// (the DOCX marks East Asian and right-to-left runs with it). Characters of no script (spaces, digits,
/// ASCII punctuation) belong to the run they stand in, so "مرحبا 2026 بكم" is one run.
/// </summary>
internal static class WritingSystems
{
    /// <summary>The kind of writing of <paramref name="codePoint"/>.</summary>
    public static WritingKind KindOf(int codePoint) => codePoint switch
    {
        >= 0x0590 and <= 0x08FF or >= 0xFB1D and <= 0xFDFF or >= 0xFE70 and <= 0xFEFF or >= 0x10800 and <= 0x10FFF or >= 0x1E800 and <= 0x1EFFF => WritingKind.RightToLeft,
        >= 0x0900 and <= 0x109F or >= 0x1780 and <= 0x17FF or >= 0xA8E0 and <= 0xA8FF or >= 0xA9E0 and <= 0xA9FF or >= 0xAA60 and <= 0xAA7F => WritingKind.Complex,
        >= 0x1100 and <= 0x11FF or >= 0x2E80 and <= 0x2FDF or >= 0x3000 and <= 0x9FFF or >= 0xA960 and <= 0xA97F or >= 0xAC00 and <= 0xD7FF
            or >= 0xF900 and <= 0xFAFF or >= 0xFE30 and <= 0xFE4F or >= 0xFF00 and <= 0xFFEF or >= 0x1B000 and <= 0x1B16F or >= 0x20000 and <= 0x3FFFF => WritingKind.EastAsian,
        _ => WritingKind.Other,
    };

    /// <summary>True when every character of <paramref name="text"/> is below Hebrew, the first block of another kind: most text, settled by one vector scan.</summary>
    public static bool IsAllOther(string text) => text.AsSpan().IndexOfAnyExceptInRange('\0', '\u058F') < 0;

    /// <summary>The runs of <paramref name="text"/>, in order, covering all of it; neutral characters join the run before them (or the first run).</summary>
    public static List<WritingRun> Split(string text)
    {
        var runs = new List<WritingRun>();
        WritingKind? current = null;
        var start = 0;
        foreach (var (index, kind) in Kinds(text))
        {
            if (kind is null || kind == current)
                continue;
            if (current is not null)
                runs.Add(new WritingRun(start, index - start, current.Value));
            (current, start) = (kind, runs.Count == 0 ? 0 : index);
        }
        runs.Add(new WritingRun(start, text.Length - start, current ?? WritingKind.Other));
        return runs;
    }

    /// <summary>
    /// The BCP 47 tag a run of <paramref name="kind"/> is in: the document's own when it writes that kind,
    /// else the usual language of the run's script (kana: Japanese, Hangul: Korean, Han: Chinese; Hebrew,
    /// Arabic; Thai, Lao, Devanagari: Hindi...). Null for <see cref="WritingKind.Other"/>.
    /// </summary>
    public static string? LanguageOf(WritingKind kind, string text, string documentLanguage)
    {
        if (kind == WritingKind.Other)
            return null;
        if (KindOfLanguage(documentLanguage) == kind)
            return documentLanguage;
        var first = FirstOf(kind, text);
        return kind switch
        {
            WritingKind.EastAsian => text.AsSpan().ContainsAnyInRange('\u3040', '\u30FF') ? "ja-JP"
                : first is >= 0xAC00 and <= 0xD7FF or >= 0x1100 and <= 0x11FF ? "ko-KR" : "zh-CN",
            WritingKind.RightToLeft => first is >= 0x0590 and <= 0x05FF or >= 0xFB1D and <= 0xFB4F ? "he-IL" : "ar-SA",
            _ => first switch
            {
                >= 0x0E00 and <= 0x0E7F => "th-TH",
                >= 0x0E80 and <= 0x0EFF => "lo-LA",
                >= 0x0980 and <= 0x09FF => "bn-IN",
                >= 0x0B80 and <= 0x0BFF => "ta-IN",
                >= 0x1780 and <= 0x17FF => "km-KH",
                >= 0x1000 and <= 0x109F => "my-MM",
                _ => "hi-IN",
            },
        };
    }

    /// <summary>The kind of writing the language of a BCP 47 tag is written in (Other for a language of the Latin, Greek or Cyrillic alphabets).</summary>
    public static WritingKind KindOfLanguage(string language) => language.Split('-', '_')[0].ToLowerInvariant() switch
    {
        "zh" or "ja" or "ko" => WritingKind.EastAsian,
        "ar" or "he" or "fa" or "ur" or "yi" or "ps" or "dv" or "syr" => WritingKind.RightToLeft,
        "th" or "lo" or "km" or "my" or "bo" or "hi" or "mr" or "ne" or "bn" or "pa" or "gu" or "or" or "ta" or "te" or "kn" or "ml" or "si" => WritingKind.Complex,
        _ => WritingKind.Other,
    };

    // The first code point of that kind in the text (the script that names the run's language).
    private static int FirstOf(WritingKind kind, string text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            if (KindOf(rune.Value) == kind)
                return rune.Value;
        }
        return 0;
    }

    // Each character's index and kind; null for a character of no script, which takes its neighbours' kind.
    private static IEnumerable<(int Index, WritingKind? Kind)> Kinds(string text)
    {
        for (var i = 0; i < text.Length; i += char.IsSurrogatePair(text, i) ? 2 : 1)
        {
            var rune = Rune.TryGetRuneAt(text, i, out var read) ? read : Rune.ReplacementChar;
            var kind = KindOf(rune.Value);
            yield return (i, kind != WritingKind.Other || Rune.IsLetter(rune) ? kind : null);
        }
    }
}
