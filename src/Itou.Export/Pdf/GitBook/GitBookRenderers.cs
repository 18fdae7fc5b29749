using Itou.Export.Markdown.Conditionals;
using Itou.Export.Markdown.Includes;
using Itou.Export.Markdown.Tags;
using Itou.Export.Pdf.Blocks;
using Markdig.Renderers;

namespace Itou.Export.Pdf.GitBook;

/// <summary>The renderers of GitBook's own blocks (the dialect's typed nodes).</summary>
internal static class GitBookRenderers
{
    public static IMarkdownObjectRenderer[] All =>
    [
        new HintRenderer(), new TabsRenderer(), new CodeRenderer(), new ContentRefRenderer(), new EmbedRenderer(),
        new FileRenderer(), new DetailsRenderer(), new DetailsSummaryRenderer(), new StepperRenderer(), new ColumnsRenderer(),
        new ApiOperationRenderer(), new OpenApiSchemasRenderer(), new UpdatesRenderer(), new FigureRenderer(),
        new DiagramRenderer(), new PromptRenderer(), new CardTableRenderer(), new AlignedRenderer(),
        // Includes and conditional branches: an export has no visitor, so every branch is printed.
        // Unknown tags (reported by the dialect): their body, never the raw tag.
        new ChildrenRenderer<IncludeBlock>(), new ChildrenRenderer<ConditionalBlock>(), new ChildrenRenderer<GitBookTagBlock>(),
    ];
}
