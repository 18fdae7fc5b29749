using System.Collections.Frozen;
using Itou.Export.Space;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Itou.Export.Localization;

/// <summary>
/// Guesses a document's language from its pages' text when the theme names none (docs/ARCHITECTURE.md,
/// "Labels"). Two steps, deterministic:
/// 1. the script: the letters of the titles and text runs (code left out, at most
///    <see cref="SampleCharacters"/>) are counted per script, a Han, kana or Hangul character
///    weighing two letters (it carries about as much as a short word); the heaviest script wins.
///    Hangul → ko, Arabic → ar, Hebrew → he, Cyrillic → ru; Han with kana (a tenth of the Han and kana
///    at least) → ja, otherwise Chinese, traditional when more characters of a list of common
///    traditional-only forms than of their simplified counterparts are seen;
/// 2. for the Latin script, the frequency of common words: each word of each language's list of
///    short function words seen scores one; the highest score wins (ties in the table's order).
/// Null when too few letters or words are seen to tell: the caller then uses English.
/// </summary>
internal static class LanguageDetector
{
    /// <summary>How many characters of text are read at most: enough to tell, bounded on a big space.</summary>
    public const int SampleCharacters = 100_000;
    private const int MinimumLetters = 20;
    private const int MinimumWords = 3;

    private const string SimplifiedOnly = "这个们说时会为来对国发经开关还进过实现应该问题数据请设页档户点击选择项网络么样图线务认证码读写错误显示";
    private const string TraditionalOnly = "這個們說時會為來對國發經開關還進過實現應該問題數據請設頁檔戶點擊選擇項網絡麼樣圖線務認證碼讀寫錯誤顯示";

    private static readonly (string Language, FrozenSet<string> Words)[] CommonWords =
    [
        ("en", Set("the and of to is in that for with you this are on it be by or your can from")),
        ("fr", Set("le la les des et est une un pour dans que qui vous pas sur du au avec ce sont par")),
        ("de", Set("der die das und ist nicht mit sie ein eine zu auf für den von dem sich auch wird es")),
        ("es", Set("el los las del y que en es para por con una se lo como más su al")),
        ("it", Set("il di che e per un una sono non con del della gli le è si nel alla")),
        ("pt", Set("o os as do da em para com um uma não é que dos das no na se")),
        ("nl", Set("de het een en van is dat niet op met voor zijn je te in ook worden bij")),
    ];

    /// <summary>The language of the pages' titles and text, or null when it cannot be told.</summary>
    public static string? Detect(IEnumerable<Page> pages) =>
        Detect(pages.SelectMany(page => Enumerable.Repeat(page.Title, 1).Concat(TextRuns(page.Document))));

    /// <summary>The language of <paramref name="texts"/>, or null when it cannot be told.</summary>
    public static string? Detect(IEnumerable<string> texts)
    {
        var sample = Sample(texts);
        var scripts = new ScriptCounts();
        foreach (var c in sample)
            scripts.Add(c);
        return scripts.Total < MinimumLetters ? null : scripts.Dominant switch
        {
            Script.Hangul => "ko",
            Script.Arabic => "ar",
            Script.Hebrew => "he",
            Script.Cyrillic => "ru",
            Script.Han => scripts.Kana * 10 >= scripts.Kana + scripts.Ideographs ? "ja" : Chinese(sample),
            _ => LatinLanguage(sample),
        };
    }

    private static string Sample(IEnumerable<string> texts)
    {
        var sample = new System.Text.StringBuilder();
        foreach (var text in texts)
        {
            sample.Append(text.AsSpan(0, Math.Min(text.Length, SampleCharacters - sample.Length))).Append(' ');
            if (sample.Length >= SampleCharacters)
                break;
        }
        return sample.ToString();
    }

    private static IEnumerable<string> TextRuns(MarkdownDocument document) =>
        document.Descendants<LiteralInline>().Select(literal => literal.Content.ToString());

    private static string Chinese(string sample) =>
        sample.Count(c => TraditionalOnly.Contains(c, StringComparison.Ordinal)) > sample.Count(c => SimplifiedOnly.Contains(c, StringComparison.Ordinal))
            ? "zh-Hant"
            : "zh-Hans";

    private static string? LatinLanguage(string sample)
    {
        var words = sample.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(word => word.Trim(',', '.', ';', ':', '!', '?', '(', ')', '"', '«', '»', '“', '”', '\'', '*', '_'))
            .ToList();
        var best = CommonWords
            .Select(language => (language.Language, Score: words.Count(language.Words.Contains)))
            .MaxBy(language => language.Score);
        return best.Score >= MinimumWords ? best.Language : null;
    }

    private static FrozenSet<string> Set(string words) => words.Split(' ').ToFrozenSet(StringComparer.Ordinal);

    private enum Script { Latin, Cyrillic, Arabic, Hebrew, Han, Hangul }

    private sealed class ScriptCounts
    {
        private readonly int[] counts = new int[Enum.GetValues<Script>().Length];

        public int Kana { get; private set; }
        public int Ideographs { get; private set; }
        public int Total => counts.Sum();
        // MaxBy keeps the first of equal counts: Latin first, so a tie never picks a rarer script.
        public Script Dominant => Enum.GetValues<Script>().MaxBy(script => counts[(int)script]);

        public void Add(char c)
        {
            switch (c)
            {
                case >= '\uAC00' and <= '\uD7AF' or >= '\u1100' and <= '\u11FF' or >= '\u3130' and <= '\u318F':
                    counts[(int)Script.Hangul] += 2;
                    break;
                case >= '\u3040' and <= '\u30FF':
                    Kana++;
                    counts[(int)Script.Han] += 2; // kana count with Han: Japanese is told from Chinese afterwards
                    break;
                case >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF':
                    Ideographs++;
                    counts[(int)Script.Han] += 2;
                    break;
                case >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F' or >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF':
                    counts[(int)Script.Arabic]++;
                    break;
                case >= '\u0590' and <= '\u05FF':
                    counts[(int)Script.Hebrew]++;
                    break;
                case >= '\u0400' and <= '\u04FF':
                    counts[(int)Script.Cyrillic]++;
                    break;
                case >= 'A' and <= 'Z' or >= 'a' and <= 'z' or >= '\u00C0' and <= '\u024F' when char.IsLetter(c):
                    counts[(int)Script.Latin]++;
                    break;
            }
        }
    }
}
