using System.Globalization;
using Itou.Export.Markdown.Tags;
using Itou.Export.Publishing;
using Markdig;
using Markdig.Renderers;

namespace Itou.Export.Markdown.Columns;

/// <summary><c>{% columns %}</c>/<c>{% column width %}</c> → <see cref="ColumnsBlock"/>/<see cref="ColumnBlock"/>.</summary>
internal sealed class ColumnsExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.AddTag("columns", TagBody.Required, (_, parser, _) => new ColumnsBlock(parser));
        pipeline.AddTag("column", TagBody.Required, (tag, parser, page) => new ColumnBlock(parser) { WidthPercent = ReadWidth(tag, page) });
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private static double? ReadWidth(GitBookTag tag, PageState page)
    {
        var width = tag.NonEmpty("width");
        if (width is null) return null;
        if (double.TryParse(width.TrimEnd('%'), NumberStyles.Float, CultureInfo.InvariantCulture, out var percent) && percent is > 0 and <= 100)
            return percent;
        page.Context.Report(DiagnosticCodes.MarkdownBadAttribute, tag.Line, $"Column width '{width}' is not a percentage between 0 and 100: ignored.");
        return null;
    }
}
