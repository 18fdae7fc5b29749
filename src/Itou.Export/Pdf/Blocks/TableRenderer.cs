using Itou.Export.Pdf.Layout;
using Itou.Export.Pdf.Text;
using Markdig.Extensions.Tables;
using Table = Markdig.Extensions.Tables.Table;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Itou.Export.Pdf.Blocks;

/// <summary>
/// Pipe and HTML tables (and GitBook card tables): header rows repeated on every page, column
/// alignment kept, widths shared by how much text each column holds. A cell spanning columns keeps its
/// content in its first column; missing cells are left empty.
/// </summary>
internal sealed class TableRenderer : MarkdownObjectRenderer<PdfRenderer, Table>
{
    protected override void Write(PdfRenderer renderer, Table obj)
    {
        var rows = obj.OfType<TableRow>().ToList();
        var columnCount = Math.Max(obj.ColumnDefinitions.Count, rows.Count == 0 ? 0 : rows.Max(row => row.Count));
        if (columnCount == 0)
            return;
        var styles = renderer.Styles;
        var table = new Layout.Table(Widths(rows, columnCount), new BoxStyle().WithBorder(0.5f, styles.Rule), new Thickness(3, 5, 3, 5));
        var headerStyle = new BoxStyle { Background = PdfStyles.Tint(styles.Primary, 0.08f) }.WithBorder(0.5f, styles.Rule);
        var small = renderer.BodyStyle with { Size = renderer.BodyStyle.Size * 0.92f };
        foreach (var row in rows)
        {
            var cells = Cells(renderer, obj, row, columnCount, row.IsHeader ? small with { Bold = true } : small);
            if (row.IsHeader)
                table.AddHeaderRow(cells, headerStyle);
            else
                table.AddRow(cells);
        }
        renderer.Add(table);
        renderer.Ledger.Written(obj);
    }

    private static List<Element> Cells(PdfRenderer renderer, Table table, TableRow row, int columnCount, TextStyle style)
    {
        var cells = new List<Element>(columnCount);
        foreach (var cell in row.OfType<TableCell>())
        {
            if (cells.Count >= columnCount)
                break;
            var alignment = Alignment(table, cells.Count);
            Column content = null!;
            renderer.WithBody(style, alignment, () => content = renderer.BlocksOf(cell, 3));
            cells.Add(content);
            for (var span = 1; span < cell.ColumnSpan && cells.Count < columnCount; span++)
                cells.Add(new Spacer(0));
        }
        while (cells.Count < columnCount)
            cells.Add(new Spacer(0));
        return cells;
    }

    private static TextAlignment Alignment(Table table, int column) =>
        column < table.ColumnDefinitions.Count
            ? table.ColumnDefinitions[column].Alignment switch
            {
                TableColumnAlign.Center => TextAlignment.Center,
                TableColumnAlign.Right => TextAlignment.Right,
                _ => TextAlignment.Left,
            }
            : TextAlignment.Left;

    // Wide text gets more room, but a short column is never squeezed below a word's width.
    private static IEnumerable<TableColumn> Widths(List<TableRow> rows, int columnCount)
    {
        var longest = new int[columnCount];
        foreach (var row in rows)
        {
            var index = 0;
            foreach (var cell in row.OfType<TableCell>())
            {
                if (index >= columnCount)
                    break;
                var length = cell.Descendants<LeafBlock>().Sum(leaf => leaf.Inline?.Span.Length ?? leaf.Span.Length);
                longest[index] = Math.Max(longest[index], length);
                index += Math.Max(1, cell.ColumnSpan);
            }
        }
        return longest.Select(length => TableColumn.Relative(Math.Clamp(MathF.Sqrt(length), 2.5f, 20f)));
    }
}
