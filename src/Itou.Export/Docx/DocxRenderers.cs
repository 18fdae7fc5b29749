using Itou.Export.Docx.Blocks;
using Itou.Export.Docx.GitBook;
using Itou.Export.Docx.Inlines;
using Markdig.Renderers;

namespace Itou.Export.Docx;

/// <summary>The renderer table: one small renderer per node type, most specific first, the fallback last.</summary>
internal static class DocxRenderers
{
    public static IEnumerable<IMarkdownObjectRenderer> Standard() =>
    [
        new SkippedBlockRenderer(),
        new FootnoteGroupRenderer(),
        new HintRenderer(),
        new TabRenderer(),
        new CodeRenderer(),
        new ContentRefRenderer(),
        new EmbedRenderer(),
        new FileRenderer(),
        new StepRenderer(),
        new ColumnsRenderer(),
        new UpdateRenderer(),
        new DetailsRenderer(),
        new DiagramRenderer(),
        new PromptRenderer(),
        new ApiOperationRenderer(),
        new OpenApiSchemasRenderer(),
        new FigureBlockRenderer(),
        new MarkRenderer(),
        new IconRenderer(),
        new KeyboardRenderer(),
        new HeadingRenderer(),
        new ParagraphRenderer(),
        new ListRenderer(),
        new ListItemRenderer(),
        new QuoteRenderer(),
        new MathBlockRenderer(),
        new CodeBlockRenderer(),
        new ThematicBreakRenderer(),
        new PipeTableRenderer(),
        new FigureRenderer(),
        new TaskListRenderer(),
        new FootnoteLinkRenderer(),
        new MathInlineRenderer(),
        new LiteralRenderer(),
        new EmphasisRenderer(),
        new CodeInlineRenderer(),
        new LineBreakRenderer(),
        new HtmlEntityRenderer(),
        new AutolinkRenderer(),
        new LinkRenderer(),
        new DelimiterRenderer(),
        new FallbackBlockRenderer(),
    ];
}
