using System.Text;
using System.Text.RegularExpressions;

namespace Itou.Export.Markdown.Cleanup;

/// <summary>
/// The text-level half of artifact cleanup, applied to each line outside code: GitBook's editor leaves
/// <c>&amp;#x20;</c> for a trailing space, empty bold (<c>****</c>, <c>\*\*\*\*</c>, <c>** **</c>), lone
/// <c>\_\_</c> lines, escaped emoji shortcodes (<c>:point\_right:</c>) and bold whose closing <c>**</c>
/// follows a space (which CommonMark would not close). The AST half is <see cref="AstCleaner"/>.
/// </summary>
internal static partial class LineCleaner
{
    public static string Clean(string line)
    {
        if (line.Length == 0) return line;
        if (line.Contains("&#x20;", StringComparison.OrdinalIgnoreCase))
            line = EncodedSpaces().Replace(line, EncodedSpace);
        if (line.Contains("&#xD;", StringComparison.OrdinalIgnoreCase))
            line = line.Replace("&#xD;", "", StringComparison.OrdinalIgnoreCase);
        if (line.Contains(@"\*\*\*\*", StringComparison.Ordinal))
            line = line.Replace(@"\*\*\*\*", "", StringComparison.Ordinal);
        if (line.Contains('*'))
        {
            // A line that is only `****` is a thematic break, not empty bold.
            if (line.Contains("****", StringComparison.Ordinal) && line.AsSpan().Trim().TrimStart('*').Length > 0)
                line = EmptyBold().Replace(line, "");
            line = BoldAroundSpaces().Replace(line, "");
            if (line.Contains("<mark", StringComparison.Ordinal))
                line = BoldIntoMarks(line);
            line = MoveSpacesOutOfBold(line);
        }
        if (line.Contains(':') && line.Contains(@"\_", StringComparison.Ordinal))
            line = EscapedShortcode().Replace(line, m => m.Value.Replace(@"\_", "_", StringComparison.Ordinal));
        if (LoneUnderscores().IsMatch(line)) return "";
        return line;
    }

    /// <summary>
    /// GitBook writes <c>&amp;#x20;</c> for a space Markdown would drop. At the start of the content (after
    /// indentation and list or quote markers) or at the end of the line it means nothing and is removed
    /// (turning it into a space there would shift list content into an indented code block); inside text it is a space.
    /// </summary>
    private static string EncodedSpace(Match match)
    {
        var line = match.Result("$_");
        var atEnd = line.AsSpan(match.Index + match.Length).IsWhiteSpace();
        return atEnd || ContainerPrefix().IsMatch(line.AsSpan(0, match.Index)) ? "" : " ";
    }

    /// <summary>
    /// GitBook renders <c>**text **</c> and <c>** text**</c> as bold; CommonMark does not. When a line's
    /// <c>**</c> markers pair up evenly (and no code span could be involved), spaces just inside a pair are
    /// moved just outside it, which gives the same look and valid CommonMark.
    /// </summary>
    private static string MoveSpacesOutOfBold(string line)
    {
        if (line.Contains('`')) return line;
        var markers = new List<int>();
        for (var i = 0; i + 1 < line.Length; i++)
        {
            if (line[i] != '*' || line[i + 1] != '*' || (i > 0 && line[i - 1] is '*' or '\\')) continue;
            if (i + 2 < line.Length && line[i + 2] == '*') { while (i < line.Length && line[i] == '*') i++; continue; }
            markers.Add(i);
            i++;
        }
        if (markers.Count < 2 || markers.Count % 2 != 0) return line;
        var changed = false;
        var result = new StringBuilder(line.Length);
        var last = 0;
        for (var m = 0; m < markers.Count; m += 2)
        {
            int open = markers[m], close = markers[m + 1];
            var inner = line.AsSpan(open + 2, close - open - 2);
            var trimmed = inner.Trim(' ');
            if (trimmed.Length == 0 || trimmed.Length == inner.Length) continue;
            var leading = inner.Length - inner.TrimStart(' ').Length;
            var trailing = inner.Length - inner.TrimEnd(' ').Length;
            result.Append(line, last, open - last)
                .Append(' ', leading).Append("**").Append(trimmed).Append("**").Append(' ', trailing);
            last = close + 2;
            changed = true;
        }
        if (!changed) return line;
        result.Append(line, last, line.Length - last);
        return result.ToString();
    }

    /// <summary>
    /// GitBook's editor writes <c>**&lt;mark&gt;**text**&lt;/mark&gt;**</c>; CommonMark would pair the wrong stars: bold
    /// goes inside the marks. Only where the stars before the mark open (an even count of <c>**</c> before them):
    /// in <c>**a：**&lt;mark&gt;**b**&lt;/mark&gt;</c> they close <c>a</c>, and the line is left as it is.
    /// </summary>
    private static string BoldIntoMarks(string line)
    {
        var moved = 0;
        line = BoldOpeningMarks().Replace(line, match =>
        {
            if (Stars().Count(line.AsSpan(0, match.Index)) % 2 != 0) return match.Value;
            moved++;
            return match.Groups[1].Value + "**";
        });
        return moved == 0 ? line : BoldClosingMarks().Replace(line, "**$1", moved);
    }

    [GeneratedRegex(@"(?<!\*)\*\*(?!\*)")]
    private static partial Regex Stars();

    [GeneratedRegex(@"(?:&#x20;[ \t]*)+", RegexOptions.IgnoreCase)]
    private static partial Regex EncodedSpaces();

    [GeneratedRegex(@"^\s*(?:(?:[>*+-]|\d{1,9}[.)])\s+)*$")]
    private static partial Regex ContainerPrefix();

    [GeneratedRegex(@"(?<![\\*])\*\*\*\*(?!\*)")]
    private static partial Regex EmptyBold();

    [GeneratedRegex(@"(?<=^|[ \t])\*\*[ \t]+\*\*(?:[ \t]+|$)")]
    private static partial Regex BoldAroundSpaces();

    [GeneratedRegex(@"\*\*((?:<mark[^>]*>)+)\*\*")]
    private static partial Regex BoldOpeningMarks();

    [GeneratedRegex(@"\*\*((?:</mark>)+)\*\*")]
    private static partial Regex BoldClosingMarks();

    [GeneratedRegex(@":[a-z0-9+\-]+(?:\\_[a-z0-9+\-]+)+:")]
    private static partial Regex EscapedShortcode();

    [GeneratedRegex(@"^\s*(?:\\_\\_|__)\s*$")]
    private static partial Regex LoneUnderscores();
}
