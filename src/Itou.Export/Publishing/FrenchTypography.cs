using System.Text;

namespace Itou.Export.Publishing;

/// <summary>
/// One piece of a paragraph's text for <see cref="FrenchTypography"/>: <paramref name="Verbatim"/> runs
/// (inline code, URLs shown as text) are never changed, but they still count as neighbours.
/// </summary>
internal readonly record struct TypographyRun(string Text, bool Verbatim = false);

/// <summary>
/// French typography for documents whose language is French: a narrow no-break space (U+202F) before
/// <c>; ! ?</c>, a no-break space (U+00A0) before <c>:</c> and inside <c>« »</c>, so that the
/// punctuation never starts a line on its own. Both writers call it on the inline runs of a paragraph,
/// so that a space in one run and the punctuation in the next (<c>texte **:**</c>) are seen together.
/// </summary>
/// <remarks>
/// Only spaces the author typed are turned into no-break spaces before <c>; : ! ?</c> (adding one
/// would break <c>10:30</c>, <c>Yahoo!</c> or a URL written as text); inside guillemets a missing
/// space is added, because « and » are never glued to a word in French. Leading spaces (nothing to
/// keep the punctuation with) and verbatim runs are left alone.
/// </remarks>
internal static class FrenchTypography
{
    internal const char NoBreakSpace = '\u00A0';
    internal const char NarrowNoBreakSpace = '\u202F';

    /// <summary>Whether a BCP 47 language tag (<c>fr</c>, <c>fr-FR</c>, <c>fr-CA</c>) asks for French typography.</summary>
    public static bool AppliesTo(string? language) =>
        language is not null
        && (language.Equals("fr", StringComparison.OrdinalIgnoreCase)
            || language.StartsWith("fr-", StringComparison.OrdinalIgnoreCase)
            || language.StartsWith("fr_", StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether the rules may change <paramref name="text"/> or its neighbours: false when it holds none of the punctuation they tie.</summary>
    // Two searches for three characters each are plain vector compares; a SearchValues of the six (« » are
    // not ASCII) is searched with software shuffles under AOT, several times slower.
    public static bool MayChange(string text) => text.AsSpan().ContainsAny(';', '!', '?') || text.AsSpan().ContainsAny(':', '«', '»');

    /// <summary>Applies the rules to one self-contained piece of text.</summary>
    public static string Apply(string text) => Apply([new TypographyRun(text)])[0];

    /// <summary>
    /// Applies the rules across the runs of one paragraph; returns the new text of each run, in order
    /// (verbatim runs unchanged).
    /// </summary>
    public static IReadOnlyList<string> Apply(IReadOnlyList<TypographyRun> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        var text = new ParagraphText(runs);
        var edits = new Dictionary<int, string>(); // position in the paragraph → its replacement ("" deletes)
        for (var i = 0; i < text.Length; i++)
        {
            // Every rule starts at one of these characters.
            if (text[i] is not (';' or '!' or '?' or ':' or '«' or '»') || text.IsVerbatim(i))
                continue;
            switch (text[i])
            {
                case ';' or '!' or '?':
                    TieToPrevious(text, i, NarrowNoBreakSpace, insertWhenMissing: false, edits);
                    break;
                case ':':
                    TieToPrevious(text, i, NoBreakSpace, insertWhenMissing: false, edits);
                    break;
                case '»':
                    TieToPrevious(text, i, NoBreakSpace, insertWhenMissing: true, edits);
                    break;
                case '«':
                    TieToNext(text, i, edits);
                    break;
            }
        }
        return text.Rebuild(edits);
    }

    private static bool IsSpace(char c) => c is ' ' or NoBreakSpace or NarrowNoBreakSpace or '\t';

    // The spaces just before the punctuation at `at` become one no-break space.
    private static void TieToPrevious(ParagraphText text, int at, char space, bool insertWhenMissing, Dictionary<int, string> edits)
    {
        var first = at;
        while (first > 0 && IsSpace(text[first - 1]) && !text.IsVerbatim(first - 1))
            first--;
        if (first == 0 || IsSpace(text[first - 1]) || text[first - 1] == '«')
            return; // leading spaces, spaces of a verbatim run, or the space after « (its own rule)
        if (first == at)
        {
            if (insertWhenMissing)
                edits[at] = space + text[at].ToString();
            return;
        }
        edits[first] = space.ToString();
        for (var k = first + 1; k < at; k++)
            edits[k] = "";
    }

    // The spaces just after « become one no-break space (added when missing and a word follows).
    private static void TieToNext(ParagraphText text, int at, Dictionary<int, string> edits)
    {
        var last = at;
        while (last + 1 < text.Length && IsSpace(text[last + 1]) && !text.IsVerbatim(last + 1))
            last++;
        if (last + 1 >= text.Length || IsSpace(text[last + 1]))
            return;
        if (last == at)
        {
            edits[at] = "«" + NoBreakSpace;
            return;
        }
        edits[at + 1] = NoBreakSpace.ToString();
        for (var k = at + 2; k <= last; k++)
            edits[k] = "";
    }

    // The runs seen as one string, remembering which run each character comes from.
    private sealed class ParagraphText
    {
        private readonly IReadOnlyList<TypographyRun> runs;
        private readonly string all;
        private readonly int[] runOf;

        public ParagraphText(IReadOnlyList<TypographyRun> runs)
        {
            this.runs = runs;
            all = string.Concat(runs.Select(r => r.Text));
            runOf = new int[all.Length];
            var position = 0;
            for (var r = 0; r < runs.Count; r++)
            {
                for (var k = 0; k < runs[r].Text.Length; k++)
                    runOf[position++] = r;
            }
        }

        public int Length => all.Length;

        public char this[int index] => all[index];

        public bool IsVerbatim(int index) => runs[runOf[index]].Verbatim;

        public IReadOnlyList<string> Rebuild(Dictionary<int, string> edits)
        {
            if (edits.Count == 0)
                return [.. runs.Select(r => r.Text)];
            var builders = runs.Select(_ => new StringBuilder()).ToArray();
            for (var i = 0; i < all.Length; i++)
            {
                if (edits.TryGetValue(i, out var replacement))
                    builders[runOf[i]].Append(replacement);
                else
                    builders[runOf[i]].Append(all[i]);
            }
            return [.. builders.Select(b => b.ToString())];
        }
    }
}
