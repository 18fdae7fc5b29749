using System.Globalization;
using System.Text;
using Itou.Export.Space;

namespace Itou.Export.Publishing;

/// <summary>
/// Finds what an <see cref="ExportSelection"/> names: a page path (as GitBook finds it), a
/// table-of-contents title, or a title path (<c>Group / Page</c>). Titles match ignoring case,
/// accents, emoji and punctuation. No match, or several, throws with the nearest candidates.
/// </summary>
internal static class SelectionMatcher
{
    private const int SuggestionCount = 5;

    /// <summary>The table-of-contents entry a section selection names.</summary>
    public static TocNode Section(GitBookSpace space, string text)
    {
        var byPath = space.FindPage(text)?.TocNode;
        return byPath ?? Single(space.TocEntries.Select(node => new Candidate<TocNode>(node, Describe(node), TitleKeys(node))), text, "section");
    }

    /// <summary>The page a page selection names (orphans included).</summary>
    public static Page Page(GitBookSpace space, string text)
    {
        var candidates = space.Pages.Select(page => new Candidate<Page>(page, page.Path, page.TocNode is null ? [page.Title] : TitleKeys(page.TocNode)));
        return space.FindPage(text) ?? Single(candidates, text, "page");
    }

    private sealed record Candidate<T>(T Item, string Display, IReadOnlyList<string> Keys);

    private static T Single<T>(IEnumerable<Candidate<T>> candidates, string text, string what)
    {
        var all = candidates.ToList();
        var key = Fold(text);
        var matches = all.Where(candidate => candidate.Keys.Any(k => Fold(k) == key)).ToList();
        if (matches.Count == 1)
            return matches[0].Item;
        if (matches.Count > 1)
            throw new SelectionNotFoundException($"'{text}' names {matches.Count} {what}s; use a page path: " + string.Join(", ", matches.Select(m => m.Display)), [.. matches.Select(m => m.Display)]);
        var near = Nearest(all, key);
        throw new SelectionNotFoundException($"No {what} matches '{text}'. Nearest: " + string.Join("; ", near), near);
    }

    private static List<string> Nearest<T>(List<Candidate<T>> candidates, string key) =>
        [.. candidates
            .SelectMany(candidate => candidate.Keys.Append(candidate.Display).Select(k => (Text: k, Score: Distance(Fold(k), key))))
            .OrderBy(pair => pair.Score)
            .ThenBy(pair => pair.Text, StringComparer.Ordinal)
            .Select(pair => pair.Text)
            .Distinct()
            .Take(SuggestionCount)];

    private static string Describe(TocNode node) => node.Path ?? node.Url ?? "## " + node.Title;

    // The title alone and the path of titles from the top: "Group / Parent / Title".
    private static string[] TitleKeys(TocNode node)
    {
        var titles = new List<string>();
        for (var current = node; current is not null; current = current.Parent)
            titles.Insert(0, current.Title);
        return [node.Title, string.Join(" / ", titles)];
    }

    /// <summary>Lower-case letters and digits only, accents removed: what a person means by a title.</summary>
    internal static string Fold(string text)
    {
        var folded = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsLetterOrDigit(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                folded.Append(char.ToLowerInvariant(c));
        }
        return folded.ToString();
    }

    // A near match contains what was typed, or is a few edits away from it.
    private static int Distance(string candidate, string key)
    {
        if (key.Length > 0 && candidate.Contains(key, StringComparison.Ordinal))
            return 0;
        var previous = Enumerable.Range(0, key.Length + 1).ToArray();
        for (var i = 1; i <= candidate.Length; i++)
        {
            var current = new int[key.Length + 1];
            current[0] = i;
            for (var j = 1; j <= key.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1], previous[j]) + 1, previous[j - 1] + (candidate[i - 1] == key[j - 1] ? 0 : 1));
            previous = current;
        }
        return previous[key.Length];
    }
}
