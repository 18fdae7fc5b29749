using Itou.Export.Markdown.Html;
using Itou.Export.Publishing;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Itou.Export.Markdown.Cleanup;

/// <summary>
/// Inline nesting has no text-level guard (a run of 5,000 <c>*</c> nests emphasis 2,500 deep): any inline
/// container deeper than <see cref="ExportLimits.MaxNestingDepth"/> is replaced by its plain text, so
/// the later passes and the writers, which recurse, stay far from the end of the stack. Iterative.
/// </summary>
internal static class DepthGuard
{
    public static void Run(MarkdownDocument document, PageState page)
    {
        var limit = page.Context.Limits.MaxNestingDepth;
        var reported = false;
        foreach (var leaf in BlockTree.All<LeafBlock>(document))
        {
            if (leaf.Inline is null) continue;
            var tooDeep = new List<ContainerInline>();
            var stack = new Stack<(ContainerInline Node, int Depth)>();
            stack.Push((leaf.Inline, 0));
            while (stack.Count > 0)
            {
                var (node, depth) = stack.Pop();
                foreach (var child in node.OfType<ContainerInline>())
                {
                    if (depth + 1 > limit) tooDeep.Add(child);
                    else stack.Push((child, depth + 1));
                }
            }
            foreach (var node in tooDeep) node.ReplaceBy(new LiteralInline(InlineText.Of(node)), copyChildren: false);
            if (tooDeep.Count > 0 && !reported)
            {
                page.Report(DiagnosticCodes.LimitNesting, leaf.Line, $"Inline formatting nested deeper than {limit}: the deeper part is kept as plain text.");
                reported = true;
            }
        }
    }
}
