using Itou.Export.Markdown.Columns;
using Itou.Export.Pdf.Layout;
using Markdig.Renderers;

namespace Itou.Export.Pdf.GitBook;

/// <summary>
/// <c>{% columns %}</c>: the columns side by side, at their given widths (equal shares otherwise). A block
/// written outside any <c>{% column %}</c> gets a column of its own.
/// </summary>
internal sealed class ColumnsRenderer : MarkdownObjectRenderer<PdfRenderer, ColumnsBlock>
{
    protected override void Write(PdfRenderer renderer, ColumnsBlock obj)
    {
        var row = new Row(14);
        foreach (var block in obj)
        {
            var width = (float)((block as ColumnBlock)?.WidthPercent ?? 100.0 / obj.Count);
            row.AddRelative(width, block is ColumnBlock column ? renderer.BlocksOf(column) : renderer.Blocks(() => renderer.Write(block)));
        }
        renderer.Add(row);
    }
}
