using System.Text.RegularExpressions;
using Itou.Export.Publishing;

namespace Itou.Export.Tests.Dialect;

/// <summary>
/// The exported pages' Markdown as written on disk, read independently of the dialect (so a check
/// against it cannot excuse the parser's own mistakes): what a reader of GitBook sees of it, with
/// addresses (link targets, <c>src</c>, <c>href</c>, tag <c>url</c>s) left out.
/// </summary>
internal static partial class RawSource
{
    /// <summary>Each exported page's file text.</summary>
    public static IReadOnlyList<string> Pages(Publication publication) =>
        [.. publication.Pages.Select(page => File.ReadAllText(Path.Combine(publication.Space.Root, page.Path)))];

    /// <summary>
    /// The visible text of every Markdown file of the space (includes and the summary too): addresses and
    /// code-span backticks removed; a file block shows its file's name, as GitBook's file card does.
    /// </summary>
    public static string Shown(Publication publication)
    {
        var files = Directory.EnumerateFiles(publication.Space.Folder, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal);
        return string.Join("\n", files.Select(File.ReadAllText).Select(text =>
            string.Join(" ", FileBlocks().Matches(text).Select(match => Path.GetFileName(match.Groups[1].Value)))
            + Tags().Replace(Addresses().Replace(LinkTargets().Replace(text, "]"), " "), " ").Replace("`", "", StringComparison.Ordinal)));
    }

    /// <summary>
    /// How many <c>**</c> a faithful print keeps as text: per block of prose (blank lines and headings end
    /// one; code spans and fences left out), one when the block's markers do not pair up.
    /// </summary>
    public static int UnpairedBoldMarkers(string markdown)
    {
        var prose = InlineCode().Replace(Fences().Replace(markdown, "\n"), "");
        var blocks = Blocks().Split(prose);
        return blocks.Sum(block => BoldMarker().Count(block) % 2);
    }

    [GeneratedRegex(@"\{%\s*file\s+src=""([^""]*)""")]
    private static partial Regex FileBlocks();

    [GeneratedRegex(@"\]\([^)\s]*(?:\s+""[^""]*"")?\)")]
    private static partial Regex LinkTargets();

    [GeneratedRegex(@"\b(?:src|href|url|page|srcset|data-card-target|data-card-cover)=""[^""]*""", RegexOptions.IgnoreCase)]
    private static partial Regex Addresses();

    [GeneratedRegex(@"</?[a-zA-Z][^<>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"^[ \t]*(```|~~~).*?^[ \t]*\1[^\n]*$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex Fences();

    [GeneratedRegex(@"`[^`\n]+`")]
    private static partial Regex InlineCode();

    [GeneratedRegex(@"\n[ \t]*\n|\n(?=[ \t]*#{1,6}[ \t])|(?<=^[ \t]*#{1,6}[ \t][^\n]*)\n", RegexOptions.Multiline)]
    private static partial Regex Blocks();

    [GeneratedRegex(@"(?<![\\*])\*\*(?!\*)")]
    private static partial Regex BoldMarker();
}
