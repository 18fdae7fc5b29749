using Itou.Export.Docx.Blocks;
using Itou.Export.Docx.Formulas;
using Itou.Export.Docx.GitBook;
using Itou.Export.Docx.Inlines;
using Markdig.Renderers;

namespace Itou.Export.Docx;

/// <summary>The renderer table: one small renderer per node type, most specific first, the fallback last.</summary>
internal static class DocxRenderers
{
    public static IEnumerable<IMarkdownObjectRenderer> Standard() =>
    [
        new SilentBlockRenderer(),
        new FootnoteGroupRenderer(),
        new HintRenderer(),
        new AlignedRenderer(),
        new TabsRenderer(),
        new CodeRenderer(),
        new ContentRefRenderer(),
        new EmbedRenderer(),
        new FileRenderer(),
        new StepperRenderer(),
        new ColumnsRenderer(),
        new UpdatesRenderer(),
        new DetailsRenderer(),
        new DiagramRenderer(),
        new PromptRenderer(),
        new ApiOperationRenderer(),
        new OpenApiSchemasRenderer(),
        new FigureRenderer(),
        new CardTableRenderer(),
        // Includes and conditional branches: an export has no visitor, so every branch is printed.
        // Unknown tags (reported by the dialect): their body, never the raw tag.
        new ChildrenRenderer<Markdown.Includes.IncludeBlock>(),
        new ChildrenRenderer<Markdown.Conditionals.ConditionalBlock>(),
        new ChildrenRenderer<Markdown.Tags.GitBookTagBlock>(),
        new MarkRenderer(),
        new IconRenderer(),
        new KeyboardRenderer(),
        new HeadingRenderer(),
        new ParagraphRenderer(),
        new ListRenderer(),
        new ListItemRenderer(),
        new QuoteRenderer(),
        new FormulaBlockRenderer(),
        new CodeBlockRenderer(),
        new ThematicBreakRenderer(),
        new TableRenderer(),
        new TaskListRenderer(),
        new FootnoteLinkRenderer(),
        new FormulaInlineRenderer(),
        new LiteralRenderer(),
        new EmphasisRenderer(),
        new CodeInlineRenderer(),
        new LineBreakRenderer(),
        new HtmlEntityRenderer(),
        new AutolinkRenderer(),
        new ButtonRenderer(),
        new LinkRenderer(),
        new DelimiterRenderer(),
        new FallbackBlockRenderer(),
    ];
}
