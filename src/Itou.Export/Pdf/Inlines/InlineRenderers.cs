using Itou.Export.Pdf.Formulas;
using Markdig.Renderers;

namespace Itou.Export.Pdf.Inlines;

/// <summary>The inline renderers, most specific node types first.</summary>
internal static class InlineRenderers
{
    public static IMarkdownObjectRenderer[] All =>
    [
        new ButtonRenderer(), new LinkRenderer(), new AutolinkRenderer(),
        new MarkRenderer(), new KeyboardRenderer(), new IconRenderer(), new FootnoteLinkRenderer(),
        new FormulaInlineRenderer(), new TaskListRenderer(), new CodeInlineRenderer(), new EmphasisRenderer(),
        new LineBreakRenderer(), new HtmlEntityRenderer(), new LiteralRenderer(),
        new ContainerInlineRenderer(),
    ];
}
