using Itou.Export.Markdown.Tags;
using Itou.Export.Publishing;
using Markdig;
using Markdig.Parsers;

namespace Itou.Export.Markdown;

/// <summary>
/// Everything one page parse shares between the preprocessing, Markdig's parsers and the AST passes:
/// the context from the space, the tags found, and the map from prepared lines back to source lines.
/// </summary>
internal sealed class PageState(GitBookParseContext context, IReadOnlyList<GitBookTag> tags, IReadOnlyList<int> lineMap)
{
    private static readonly object Key = typeof(PageState);

    public GitBookParseContext Context { get; } = context;

    public IReadOnlyList<GitBookTag> Tags { get; } = tags;

    /// <summary>Source line (1-based) of a 0-based line of the prepared text.</summary>
    public int SourceLine(int preparedLine) =>
        lineMap.Count == 0 ? 0 : lineMap[Math.Clamp(preparedLine, 0, lineMap.Count - 1)];

    /// <summary>Reports a problem at a 0-based line of the prepared text (Markdig's <c>Line</c>).</summary>
    public void Report(string code, int preparedLine, string message, DiagnosticSeverity severity = DiagnosticSeverity.Warning) =>
        Context.Report(code, SourceLine(preparedLine), message, severity);

    private readonly HashSet<string> reportedOnce = new(StringComparer.Ordinal);

    /// <summary>Reports a problem once per page and key (an unsupported HTML tag is worth one line, not fifty).</summary>
    public void ReportOnce(string code, string key, string message)
    {
        if (reportedOnce.Add(code + "\n" + key)) Context.Report(code, 0, message, DiagnosticSeverity.Info);
    }

    public MarkdownParserContext ToParserContext()
    {
        var parserContext = new MarkdownParserContext();
        parserContext.Properties[Key] = this;
        return parserContext;
    }

    public static PageState? From(BlockProcessor processor) =>
        processor.Context?.Properties.TryGetValue(Key, out var state) == true ? state as PageState : null;
}
