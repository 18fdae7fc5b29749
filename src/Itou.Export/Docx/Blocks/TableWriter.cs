using DocumentFormat.OpenXml.Wordprocessing;
using Itou.Export.Docx.Styling;

namespace Itou.Export.Docx.Blocks;

/// <summary>
/// Builds Word tables for every table-like node (pipe and HTML tables, hints, cards, columns):
/// full text width split evenly over the columns, header rows repeated on each page, cells that
/// take blocks and always end with a paragraph as Word requires.
/// </summary>
internal static class TableWriter
{
    /// <summary>Appends an empty table in <paramref name="styleId"/> with <paramref name="columns"/> even columns.</summary>
    public static Table Begin(DocxRenderer renderer, string styleId, int columns)
    {
        columns = Math.Max(1, columns);
        if (renderer.Container.LastChild is Table)
        {
            // Two tables in a row would merge into one in Word: a thin empty paragraph keeps them apart.
            renderer.OpenParagraph(properties: new ParagraphProperties(
                new SpacingBetweenLines { Before = "0", After = "0", Line = "120", LineRule = LineSpacingRuleValues.Exact }));
            renderer.CloseParagraph();
        }
        var width = AvailableTwips(renderer) / columns;
        var grid = new TableGrid(Enumerable.Range(0, columns).Select(_ => new GridColumn { Width = Invariant(width) }));
        return renderer.AppendBlock(new Table(DocxStyles.TableProperties(styleId), grid));
    }

    /// <summary>Adds a row; header rows repeat at the top of each page and never split.</summary>
    public static TableRow AddRow(Table table, bool isHeader)
    {
        var row = new TableRow();
        if (isHeader)
            row.Append(new TableRowProperties(new CantSplit(), new TableHeader()));
        table.Append(row);
        return row;
    }

    /// <summary>Adds a cell spanning <paramref name="span"/> columns and writes blocks into it.</summary>
    public static TableCell AddCell(DocxRenderer renderer, TableRow row, int columns, int span, JustificationValues? alignment, Action writeBlocks)
    {
        span = Math.Clamp(span, 1, Math.Max(1, columns));
        var widthTwips = AvailableTwips(renderer) * span / Math.Max(1, columns);
        var properties = new TableCellProperties(new TableCellWidth { Width = Invariant(widthTwips), Type = TableWidthUnitValues.Dxa });
        if (span > 1)
            properties.Append(new GridSpan { Val = span });
        var cell = new TableCell(properties);
        row.Append(cell);
        var scope = renderer.Scope with { WidthEmu = widthTwips * Document.PageGeometry.EmuPerTwip, ListDepth = 0, ParagraphStyle = null };
        renderer.WriteInto(cell, () => renderer.WithScope(scope, writeBlocks));
        if (cell.LastChild is not Paragraph)
            cell.Append(new Paragraph());
        if (alignment is { } value)
        {
            foreach (var paragraph in cell.Elements<Paragraph>())
            {
                paragraph.ParagraphProperties ??= new ParagraphProperties();
                paragraph.ParagraphProperties.Justification = new Justification { Val = value };
            }
        }
        return cell;
    }

    /// <summary>Pads a row with empty cells up to <paramref name="columns"/> (ragged pipe tables).</summary>
    public static void Pad(DocxRenderer renderer, TableRow row, int columns, int used)
    {
        for (var i = used; i < columns; i++)
            AddCell(renderer, row, columns, 1, null, () => { });
    }

    // Each nesting level gives up the cell margins: past some forty cards in cards the width would turn
    // negative, which Word refuses. The floor keeps the file valid; such content then overflows its cell.
    private const int NarrowestTwips = 720;

    private static int AvailableTwips(DocxRenderer renderer) =>
        renderer.Scope.WidthEmu > 0
            ? Math.Max(NarrowestTwips, (int)(renderer.Scope.WidthEmu / Document.PageGeometry.EmuPerTwip) - 216)
            : renderer.State.Geometry.TextWidthTwips;

    private static string Invariant(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
