using System.Text;

namespace Itou.Export.Markdown.Cleanup;

/// <summary>
/// Keeps Markdig (whose parsers and our tree walks recurse) away from absurd nesting such as a 5,000-level
/// list or quote: on each line, container markers (<c>&gt;</c>, list bullets, <c>1.</c>) past
/// half of <c>maxDepth</c> are dropped and leading indentation is capped, so deeper content is flattened
/// into the deepest allowed level. The caller reports it once per page.
/// </summary>
internal static class NestingGuard
{
    public static string Limit(string line, int maxDepth, out bool clipped)
    {
        clipped = false;
        // Each list level is two Markdig containers (list, item) and Markdig refuses 128 open containers:
        // half the depth for markers, and as many columns of indentation (two per nested list level).
        var maxMarkers = maxDepth / 2;
        var maxIndent = maxDepth;
        var pos = 0;
        var indent = 0;
        while (pos < line.Length && line[pos] is ' ' or '\t') { indent += line[pos] == '\t' ? 4 : 1; pos++; }
        var markers = 0;
        var scan = pos;
        while (scan < line.Length)
        {
            var next = SkipMarker(line, scan);
            if (next < 0) break;
            markers++;
            scan = next;
            while (scan < line.Length && line[scan] is ' ' or '\t') scan++;
        }
        if (indent <= maxIndent && markers <= maxMarkers) return line;
        clipped = true;
        var result = new StringBuilder(line.Length);
        result.Append(' ', Math.Min(indent, maxIndent));
        var kept = 0;
        while (pos < line.Length && kept < Math.Min(markers, maxMarkers))
        {
            var next = SkipMarker(line, pos);
            while (next < line.Length && line[next] is ' ' or '\t') next++;
            result.Append(line, pos, next - pos);
            pos = next;
            kept++;
        }
        // Drop the markers past the limit; keep the content.
        for (var dropped = kept; dropped < markers; dropped++)
        {
            pos = SkipMarker(line, pos);
            while (pos < line.Length && line[pos] is ' ' or '\t') pos++;
        }
        return result.Append(line, pos, line.Length - pos).ToString();
    }

    /// <summary>Index after a container marker at <paramref name="pos"/>, or -1.</summary>
    private static int SkipMarker(string line, int pos)
    {
        if (pos >= line.Length) return -1;
        if (line[pos] == '>') return pos + 1;
        if (line[pos] is '-' or '*' or '+')
            return pos + 1 < line.Length && line[pos + 1] is ' ' or '\t' ? pos + 1 : -1;
        var digits = pos;
        while (digits < line.Length && digits - pos < 9 && char.IsAsciiDigit(line[digits])) digits++;
        if (digits == pos || digits + 1 >= line.Length || line[digits] is not ('.' or ')') || line[digits + 1] is not (' ' or '\t')) return -1;
        return digits + 1;
    }
}
