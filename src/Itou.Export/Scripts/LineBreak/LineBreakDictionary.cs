using System.Globalization;
using System.IO.Compression;
using System.Reflection;

namespace Itou.Export.Scripts;

/// <summary>
/// Where words end in Thai and Lao, which write no space between words: the longest-first segmentation
/// of a run by ICU's word lists (Data/thai-words.txt.gz, lao-words.txt.gz), choosing the split with the
/// fewest characters outside known words, then the fewest words. A stretch no word covers stays whole
/// (the line breaker still cuts it between clusters rather than run past the margin).
/// </summary>
internal sealed class LineBreakDictionary
{
    private static readonly Lazy<LineBreakDictionary> ThaiWords = new(() => new("thai-words.txt.gz"));
    private static readonly Lazy<LineBreakDictionary> LaoWords = new(() => new("lao-words.txt.gz"));

    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> words;
    private readonly int longest;

    private LineBreakDictionary(string resource)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Itou.Export.Scripts." + resource)!;
        using var reader = new StreamReader(new GZipStream(stream, CompressionMode.Decompress));
        while (reader.ReadLine() is { Length: > 0 } word)
        {
            set.Add(word);
            longest = Math.Max(longest, word.Length);
        }
        words = set.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The dictionary of the script of <paramref name="c"/> (Thai or Lao), or null.</summary>
    public static LineBreakDictionary? For(char c) => c switch
    {
        >= '\u0E00' and <= '\u0E7F' => ThaiWords.Value,
        >= '\u0E80' and <= '\u0EFF' => LaoWords.Value,
        _ => null,
    };

    /// <summary>True when <paramref name="c"/> is written in a script with a dictionary.</summary>
    public static bool HasDictionary(char c) => c is >= '\u0E00' and <= '\u0EFF';

    /// <summary>Sets <paramref name="breakBefore"/>[i] at each word start inside <paramref name="text"/>[<paramref name="start"/>, <paramref name="end"/>).</summary>
    public void MarkWords(string text, int start, int end, bool[] breakBefore)
    {
        var length = end - start;
        // best[i]: the cost of the best split of the run's first i characters (characters in no word, words); from[i]: where its last piece starts.
        var best = new (int Unknown, int Words)[length + 1];
        var from = new int[length + 1];
        var known = new bool[length + 1];
        Array.Fill(best, (int.MaxValue, int.MaxValue));
        best[0] = (0, 0);
        for (var i = 0; i < length; i++)
        {
            if (best[i].Unknown == int.MaxValue || !StartsCluster(text, start + i))
                continue;
            for (var n = Math.Min(longest, length - i); n >= 1; n--)
            {
                if (StartsCluster(text, start + i + n) && words.Contains(text.AsSpan(start + i, n)))
                    Offer(i, i + n, (best[i].Unknown, best[i].Words + 1), wordPiece: true);
            }
            var cluster = ClusterLength(text, start + i, end);
            Offer(i, i + cluster, (best[i].Unknown + cluster, best[i].Words + 1), wordPiece: false);
        }
        for (var i = length; i > 0; i = from[i])
        {
            // A break between two unknown pieces would be a guess: an unknown stretch stays whole.
            if (from[i] > 0 && (known[i] || known[from[i]]))
                breakBefore[start + from[i]] = true;
        }

        void Offer(int i, int j, (int Unknown, int Words) cost, bool wordPiece)
        {
            if (cost.CompareTo(best[j]) >= 0)
                return;
            (best[j], from[j], known[j]) = (cost, i, wordPiece);
        }
    }

    private static bool StartsCluster(string text, int i) =>
        i >= text.Length || CharUnicodeInfo.GetUnicodeCategory(text[i]) is not (UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark);

    private static int ClusterLength(string text, int i, int end)
    {
        var j = i + 1;
        while (j < end && !StartsCluster(text, j))
            j++;
        return j - i;
    }
}
