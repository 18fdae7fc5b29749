using System.Text;
using System.Text.RegularExpressions;

namespace Itou.Export.Tests.Pdf.Support;

/// <summary>
/// Words of four letters or more, compared as a multiset (how many times each occurs). Chinese and
/// Japanese put no space between words, nor where a line ends: a line feed between two of their
/// characters is read as nothing, as a reader reads it.
/// </summary>
internal static partial class Words
{
    public static Dictionary<string, int> Count(string text)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (Match match in Letters().Matches(LineEndInsideCjk().Replace(text.Normalize(NormalizationForm.FormKC), "")))
        {
            var word = match.Value.ToLowerInvariant();
            counts[word] = counts.GetValueOrDefault(word) + 1;
        }
        return counts;
    }

    /// <summary>The share of the source's word occurrences found in the output, and the words missing.</summary>
    public static (double Share, List<string> Missing) Coverage(Dictionary<string, int> source, Dictionary<string, int> output)
    {
        var total = source.Values.Sum();
        var found = 0;
        var missing = new List<string>();
        foreach (var (word, count) in source)
        {
            var present = Math.Min(count, output.GetValueOrDefault(word));
            found += present;
            if (present < count)
                missing.Add($"{word}×{count - present}");
        }
        return (total == 0 ? 1 : (double)found / total, missing);
    }

    [GeneratedRegex(@"(?<=[\p{IsCJKUnifiedIdeographs}\p{IsHiragana}\p{IsKatakana}])[ \t]*\n[ \t]*(?=[\p{IsCJKUnifiedIdeographs}\p{IsHiragana}\p{IsKatakana}])")]
    private static partial Regex LineEndInsideCjk();

    [GeneratedRegex(@"\p{L}{4,}")]
    private static partial Regex Letters();
}
