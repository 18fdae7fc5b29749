using Itou.Export.Publishing;
using Markdig.Syntax;

namespace Itou.Export.Markdown.Includes;

/// <summary>
/// Fills each <see cref="IncludeBlock"/> with the included file, parsed by the same dialect in the
/// context <see cref="GitBookParseContext.ForInclude"/> gives (the include chain extended). Reading,
/// containment, cycles and depth are the space's include reader's job (it reports what it refuses);
/// the chain check here only guarantees that a reader which forgets cannot make parsing recurse forever.
/// </summary>
internal static class IncludeExpander
{
    public static void Expand(MarkdownDocument document, PageState page)
    {
        var context = page.Context;
        foreach (var include in BlockTree.All<IncludeBlock>(document))
        {
            var line = page.SourceLine(include.Line);
            if (context.ReadInclude(include.Reference, line) is not var (path, text)) continue;
            if (path == context.FilePath || context.IncludeChain.Contains(path) || context.IncludeChain.Count >= context.Limits.MaxIncludeDepth)
            {
                context.Report(DiagnosticCodes.Include, line, $"Include '{include.Reference}' left out: it includes itself or is nested too deep ({string.Join(" → ", [.. context.IncludeChain, context.FilePath, path])}).", DiagnosticSeverity.Error);
                continue;
            }
            var included = GitBookMarkdown.Parse(text, context.ForInclude(path));
            include.ResolvedPath = path;
            var blocks = included.ToList();
            included.Clear();
            foreach (var block in blocks) include.Add(block);
        }
    }
}
