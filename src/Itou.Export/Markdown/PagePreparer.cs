using System.Text;
using Itou.Export.Markdown.Cleanup;
using Itou.Export.Markdown.Tags;
using Itou.Export.Publishing;

namespace Itou.Export.Markdown;

/// <summary>
/// The one text-level step before Markdig: character cleanup, then line by line outside fenced code:
/// tags to placeholder lines, editor artifacts removed, nesting capped; finally tags paired.
/// Keeps a map from prepared lines to source lines so diagnostics point at the page as written.
/// </summary>
internal static class PagePreparer
{
    public static (string Text, PageState State) Prepare(string markdown, GitBookParseContext context, TagRegistry registry)
    {
        var cleaned = CharacterCleaner.Clean(markdown, out var invalid, out var invalidLine);
        if (invalid > 0)
            context.Report(DiagnosticCodes.MarkdownInvalidCharacters, invalidLine, $"{invalid} control character(s) (NUL…) removed: XML cannot hold them.", DiagnosticSeverity.Info);
        var lines = cleaned.Split('\n');
        var tags = new List<GitBookTag>();
        var scanner = new TagScanner(context, tags, lines);
        var output = new List<string>(lines.Length);
        var lineMap = new List<int>(lines.Length);
        var nestingClipped = 0;
        var fence = default(string);
        for (var i = 0; i < lines.Length;)
        {
            var line = lines[i];
            if (fence is not null || OpensFence(line, out _))
            {
                output.Add(line);
                lineMap.Add(i + 1);
                fence = fence is null ? (OpensFence(line, out var opening) ? opening : null) : Closes(line, fence) ? null : fence;
                i++;
                continue;
            }
            i += scanner.Scan(i, (piece, sourceLine) =>
            {
                var prepared = GitBookTag.ParsePlaceholder(piece) >= 0 ? piece : LineCleaner.Clean(piece);
                prepared = NestingGuard.Limit(prepared, context.Limits.MaxNestingDepth, out var clipped);
                if (clipped && nestingClipped++ == 0)
                    context.Report(DiagnosticCodes.LimitNesting, sourceLine, $"Lists or quotes nested deeper than {context.Limits.MaxNestingDepth}: the deeper levels are flattened.");
                output.Add(prepared);
                lineMap.Add(sourceLine);
            });
        }
        TagPairing.Pair(tags, registry, (code, line, message) => context.Report(code, line, message), context.Limits.MaxNestingDepth);
        var text = new StringBuilder(cleaned.Length + 64);
        foreach (var line in output)
        {
            var tagIndex = GitBookTag.ParsePlaceholder(line);
            // A dropped tag leaves a blank line so the prepared text keeps its line numbering.
            text.Append(tagIndex >= 0 && tags[tagIndex].Role == TagRole.Dropped ? "" : line).Append('\n');
        }
        return (text.ToString(), new PageState(context, tags, lineMap));
    }

    private static bool OpensFence(string line, out string fence)
    {
        fence = "";
        var trimmed = line.TrimStart();
        if (trimmed.Length < 3 || trimmed[0] is not ('`' or '~')) return false;
        var run = 0;
        while (run < trimmed.Length && trimmed[run] == trimmed[0]) run++;
        if (run < 3 || (trimmed[0] == '`' && trimmed.AsSpan(run).Contains('`'))) return false;
        fence = trimmed[..run];
        return true;
    }

    private static bool Closes(string line, string fence)
    {
        var trimmed = line.Trim();
        return trimmed.Length >= fence.Length && trimmed.All(c => c == fence[0]);
    }
}
