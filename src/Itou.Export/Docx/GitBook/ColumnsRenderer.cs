using Itou.Export.Docx.Blocks;
using Itou.Export.Docx.Styling;
using Itou.Export.Markdown.Columns;

namespace Itou.Export.Docx.GitBook;

/// <summary>Columns side by side: a borderless table ("Plain Table"), one cell per column.</summary>
internal sealed class ColumnsRenderer : DocxObjectRenderer<ColumnsBlock>
{
    protected override void Write(DocxRenderer renderer, ColumnsBlock obj)
    {
        var columns = obj.OfType<ColumnBlock>().ToList();
        if (columns.Count == 0)
            return;
        var table = TableWriter.Begin(renderer, StyleIds.PlainTable, columns.Count);
        var row = TableWriter.AddRow(table, isHeader: false);
        foreach (var column in columns)
            TableWriter.AddCell(renderer, row, columns.Count, 1, null, () => renderer.WriteChildren(column));
    }
}
