using Itou.Export.Markdown.Columns;
using Itou.Export.Pdf.Layout;
using Markdig.Renderers;

namespace Itou.Export.Pdf.GitBook;

/// <summary><c>{% columns %}</c>: the columns side by side, at their given widths (equal shares otherwise).</summary>
internal sealed class ColumnsRenderer : MarkdownObjectRenderer<PdfRenderer, ColumnsBlock>
{
    protected override void Write(PdfRenderer renderer, ColumnsBlock obj)
    {
        var columns = obj.OfType<ColumnBlock>().ToList();
        var row = new Row(14);
        foreach (var column in columns)
            row.AddRelative((float)(column.WidthPercent ?? 100.0 / columns.Count), renderer.BlocksOf(column));
        renderer.Add(row);
    }
}
