using Itou.Export.Pdf.Formulas;
using Markdig.Extensions.Yaml;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Itou.Export.Pdf.Blocks;

/// <summary>The CommonMark and Markdig-extension block renderers, most specific node types first.</summary>
internal static class BlockRenderers
{
    public static IMarkdownObjectRenderer[] All =>
    [
        new HeadingRenderer(), new ParagraphRenderer(), new ListRenderer(), new QuoteRenderer(),
        new FormulaBlockRenderer(), new CodeBlockRenderer(), new ThematicBreakRenderer(),
        new TableRenderer(), new FootnoteGroupRenderer(),
        new SilentBlockRenderer<LinkReferenceDefinitionGroup>(), new SilentBlockRenderer<LinkReferenceDefinition>(),
        new SilentBlockRenderer<YamlFrontMatterBlock>(), new SilentBlockRenderer<BlankLineBlock>(),
        new ChildrenRenderer<ContainerBlock>(),
    ];
}
