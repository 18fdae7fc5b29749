using DocumentFormat.OpenXml.Wordprocessing;
using Itou.Export.Docx.Styling;
using Markdig.Extensions.Tables;

namespace Itou.Export.Docx.Blocks;

/// <summary>A GFM pipe (or grid) table: "Table Grid" style, header rows bold and repeated, column alignment kept.</summary>
internal sealed class TableRenderer : DocxObjectRenderer<Markdig.Extensions.Tables.Table>
{
    protected override void Write(DocxRenderer renderer, Markdig.Extensions.Tables.Table obj)
    {
        var columns = Math.Max(obj.ColumnDefinitions.Count, obj.OfType<Markdig.Extensions.Tables.TableRow>().Select(r => r.Count).DefaultIfEmpty(1).Max());
        var table = TableWriter.Begin(renderer, StyleIds.TableGrid, columns);
        foreach (var row in obj.OfType<Markdig.Extensions.Tables.TableRow>())
        {
            var wordRow = TableWriter.AddRow(table, row.IsHeader);
            var used = 0;
            foreach (var cell in row.OfType<Markdig.Extensions.Tables.TableCell>())
            {
                var column = cell.ColumnIndex >= 0 ? cell.ColumnIndex : used;
                var alignment = column < obj.ColumnDefinitions.Count ? Alignment(obj.ColumnDefinitions[column].Alignment) : null;
                TableWriter.AddCell(renderer, wordRow, columns, cell.ColumnSpan, alignment,
                    () => renderer.WithFormat(f => f with { Bold = f.Bold || row.IsHeader }, () => renderer.WriteChildren(cell)));
                used += Math.Max(1, cell.ColumnSpan);
            }
            TableWriter.Pad(renderer, wordRow, columns, used);
        }
        renderer.State.Ledger.Written(obj);
    }

    private static JustificationValues? Alignment(TableColumnAlign? align) => align switch
    {
        TableColumnAlign.Center => JustificationValues.Center,
        TableColumnAlign.Right => JustificationValues.Right,
        _ => null,
    };
}
