using Itou.Export.Markdown.Html;
using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace Itou.Export.Markdown.Tables;

/// <summary>
/// Reads an HTML <c>&lt;table&gt;</c> into Markdig's <see cref="Table"/>/<see cref="TableRow"/>/<see cref="TableCell"/>
/// (the same nodes as a pipe table, so writers have one table model): header rows from <c>&lt;thead&gt;</c> or
/// all-<c>&lt;th&gt;</c> rows, column alignment from <c>align</c> / <c>text-align</c>, cell content as blocks.
/// A <c>data-view="cards"</c> table becomes a <see cref="CardTable"/> of <see cref="CardRow"/>s.
/// </summary>
internal static class HtmlTableReader
{
    public static Table Read(HtmlNode tableNode, HtmlConverter converter)
    {
        var isCards = tableNode.Tag!.Attribute("data-view") == "cards";
        Table table = isCards ? new CardTable() : new Table();
        var rows = Rows(tableNode).ToList();
        var header = rows.FirstOrDefault(r => r.InHead || r.Node.Children.All(c => c.Tag is null || c.Name == "th"));
        var columnCount = rows.Count == 0 ? 0 : rows.Max(r => Cells(r.Node).Count());
        var headerCells = header is null ? [] : Cells(header.Node).ToList();
        var targetColumn = headerCells.FindIndex(c => c.Tag!.Attributes.ContainsKey("data-card-target") || c.Tag.Attribute("data-type") == "content-ref");
        var coverColumn = headerCells.FindIndex(c => c.Tag!.Attributes.ContainsKey("data-card-cover") || c.Tag.Attribute("data-type") == "files");
        var hidden = isCards ? new HashSet<int>(new[] { targetColumn, coverColumn }.Where(i => i >= 0)) : [];
        var alignmentRow = header ?? rows.FirstOrDefault();
        var alignmentCells = alignmentRow is null ? [] : Cells(alignmentRow.Node).ToList();
        for (var column = 0; column < columnCount; column++)
        {
            if (hidden.Contains(column)) continue;
            table.ColumnDefinitions.Add(new TableColumnDefinition { Alignment = column < alignmentCells.Count ? Alignment(alignmentCells[column]) : null });
        }
        foreach (var row in rows)
        {
            var tableRow = isCards && row != header ? new CardRow() : new TableRow();
            tableRow.IsHeader = row == header;
            var cells = Cells(row.Node).ToList();
            var visibleIndex = 0;
            for (var column = 0; column < cells.Count; column++)
            {
                if (hidden.Contains(column))
                {
                    if (tableRow is CardRow card) SetCardLink(card, cells[column], column == targetColumn);
                    continue;
                }
                var cell = new TableCell(null) { ColumnIndex = visibleIndex++ };
                if (int.TryParse(cells[column].Tag!.Attribute("colspan"), out var span) && span > 1) cell.ColumnSpan = span;
                foreach (var block in converter.Blocks(cells[column])) cell.Add(block);
                if (cell.Count == 0) cell.Add(HtmlConverter.Paragraph(new Markdig.Syntax.Inlines.ContainerInline()));
                tableRow.Add(cell);
            }
            table.Add(tableRow);
        }
        return table;
    }

    private sealed record RowNode(HtmlNode Node, bool InHead);

    private static IEnumerable<RowNode> Rows(HtmlNode table)
    {
        foreach (var child in table.Children)
        {
            if (child.Name == "tr") yield return new RowNode(child, false);
            else if (child.Name is "thead" or "tbody" or "tfoot")
            {
                foreach (var row in child.Elements("tr")) yield return new RowNode(row, child.Name == "thead");
            }
        }
    }

    private static IEnumerable<HtmlNode> Cells(HtmlNode row) => row.Children.Where(c => c.Name is "td" or "th");

    private static TableColumnAlign? Alignment(HtmlNode cell)
    {
        var align = cell.Tag!.Attribute("align") ?? cell.Tag.Style("text-align");
        return align?.Trim().ToLowerInvariant() switch
        {
            "left" => TableColumnAlign.Left,
            "center" => TableColumnAlign.Center,
            "right" => TableColumnAlign.Right,
            _ => null,
        };
    }

    private static void SetCardLink(CardRow card, HtmlNode cell, bool isTarget)
    {
        var link = cell.Find("a")?.Tag?.Attribute("href") ?? cell.Find("img")?.Tag?.Attribute("src") ?? cell.InnerText();
        if (string.IsNullOrWhiteSpace(link)) return;
        if (isTarget) card.Target = link.Trim();
        else card.Cover = link.Trim();
    }
}
