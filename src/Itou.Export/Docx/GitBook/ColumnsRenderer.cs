using Itou.Export.Docx.Blocks;
using Itou.Export.Docx.Styling;
using Itou.Export.Markdown.Columns;

namespace Itou.Export.Docx.GitBook;

/// <summary>
/// Columns side by side: a borderless table ("Plain Table"), one cell per column; a block written outside
/// any <c>{% column %}</c> gets a cell of its own.
/// </summary>
internal sealed class ColumnsRenderer : DocxObjectRenderer<ColumnsBlock>
{
    protected override void Write(DocxRenderer renderer, ColumnsBlock obj)
    {
        if (obj.Count == 0)
            return;
        var table = TableWriter.Begin(renderer, StyleIds.PlainTable, obj.Count);
        var row = TableWriter.AddRow(table, isHeader: false);
        foreach (var block in obj)
            TableWriter.AddCell(renderer, row, obj.Count, 1, null, () =>
            {
                if (block is ColumnBlock column)
                    renderer.WriteChildren(column);
                else
                    renderer.Write(block);
            });
    }
}
