using SkiaSharp;

namespace Itou.Export.Pdf.Layout;

/// <summary>A table column: how its width is found (<see cref="RowWidth"/>) and the value (points or weight).</summary>
public readonly record struct TableColumn(RowWidth Kind, float Value = 1)
{
    /// <summary>A column <paramref name="width"/> points wide.</summary>
    public static TableColumn Fixed(float width) => new(RowWidth.Fixed, width);

    /// <summary>A column sharing the free width by <paramref name="weight"/>.</summary>
    public static TableColumn Relative(float weight = 1) => new(RowWidth.Relative, weight);

    /// <summary>A column as wide as its widest cell content (shrunk when the table is too wide).</summary>
    public static TableColumn Auto() => new(RowWidth.Auto, 0);
}

/// <summary>
/// A grid of cells holding any element, with cell padding and borders; header rows are repeated at the
/// top of every page the table spans; a row that does not fit in the space left moves to the next page
/// whole, and splits across pages only when it is taller than a page.
/// </summary>
public sealed class Table : Element
{
    private readonly List<TableColumn> columns;
    private readonly List<Element[]> headerRows = [];
    private readonly Column body = new();
    private readonly List<Element[]> bodyRows = [];
    private float[]? widths;

    /// <summary>A table with these columns, cells styled by <paramref name="cellStyle"/> and padded by <paramref name="cellPadding"/>.</summary>
    public Table(IEnumerable<TableColumn> columns, BoxStyle? cellStyle = null, Thickness? cellPadding = null)
    {
        ArgumentNullException.ThrowIfNull(columns);
        this.columns = [.. columns];
        CellStyle = cellStyle ?? new BoxStyle().WithBorder(0.5f, SKColors.Gray);
        CellPadding = cellPadding ?? Thickness.All(4);
    }

    /// <summary>The look of every cell (a cell may override it).</summary>
    public BoxStyle CellStyle { get; }

    /// <summary>Space between a cell's border and its content.</summary>
    public Thickness CellPadding { get; }

    /// <summary>Adds a header row (repeated on each page); missing cells are left empty, extra cells dropped.</summary>
    public Table AddHeaderRow(IEnumerable<Element> cells, BoxStyle? style = null)
    {
        headerRows.Add(Cells(cells, style));
        return this;
    }

    /// <summary>Adds a body row.</summary>
    public Table AddRow(IEnumerable<Element> cells, BoxStyle? style = null)
    {
        var row = Cells(cells, style);
        bodyRows.Add(row);
        body.Add(new KeepTogether(RowOf(row)));
        return this;
    }

    /// <inheritdoc/>
    protected override SpacePlan MeasureContent(LayoutContext context, SKSize available)
    {
        var header = HeaderHeight(context, available.Width);
        var plan = body.Measure(context, new SKSize(available.Width, available.Height - header));
        return plan.IsWrap ? plan : plan with { Width = available.Width, Height = plan.Height + header };
    }

    /// <inheritdoc/>
    protected override bool DrawContent(LayoutContext context, SKSize available)
    {
        float top = 0;
        foreach (var row in headerRows)
        {
            var element = RowOf(row);
            var height = element.Measure(context, new SKSize(available.Width, WidthSharing.Unbounded)).Height;
            context.DrawAt(element, 0, top, new SKSize(available.Width, height));
            foreach (var cell in row)
                cell.Reset(); // drawn again on the next page
            top += height;
        }
        var space = new SKSize(available.Width, available.Height - top);
        var bodyHeight = body.Measure(context, space).Height;
        context.DrawAt(body, 0, top, space);
        DrawBottomBorder(context.Canvas, top + bodyHeight, available.Width);
        return body.IsFinished;
    }

    /// <summary>Cells draw their top and left borders only (and the last column its right one), so borders are never doubled: this closes the table on each page.</summary>
    private void DrawBottomBorder(SKCanvas canvas, float y, float width)
    {
        if (!CellStyle.Bottom.IsVisible)
            return;
        using var paint = new SKPaint { Color = CellStyle.Bottom.Color };
        canvas.DrawRect(0, y - CellStyle.Bottom.Width, width, CellStyle.Bottom.Width, paint);
    }

    /// <inheritdoc/>
    protected override void ResetContent()
    {
        body.Reset();
        headerRows.ForEach(row => Array.ForEach(row, cell => cell.Reset()));
    }

    /// <summary>Column widths for the table width, auto columns sized by their widest content.</summary>
    internal float[] Widths(LayoutContext context, float width)
    {
        if (widths is not null && Math.Abs(widths.Sum() - width) < 0.01f)
            return widths;
        var kinds = columns.ConvertAll(column => column.Kind);
        widths = WidthSharing.Share(width, kinds, i => columns[i].Value, i => NaturalWidth(context, i, width));
        return widths;
    }

    private float NaturalWidth(LayoutContext context, int column, float width) =>
        headerRows.Concat(bodyRows).Select(row => row[column].Measure(context, new SKSize(width, WidthSharing.Unbounded)).Width).DefaultIfEmpty(0).Max();

    private float HeaderHeight(LayoutContext context, float width) =>
        headerRows.Sum(row => RowOf(row).Measure(context, new SKSize(width, WidthSharing.Unbounded)).Height);

    /// <summary>A row of cells sharing the table's column widths; a row draws its cells as tall as itself, so borders line up.</summary>
    private Row RowOf(Element[] cells)
    {
        var row = new Row(Widths);
        foreach (var cell in cells)
            row.AddRelative(1, cell);
        return row;
    }

    private Element[] Cells(IEnumerable<Element> cells, BoxStyle? style)
    {
        ArgumentNullException.ThrowIfNull(cells);
        var given = cells.Take(columns.Count).ToList();
        while (given.Count < columns.Count)
            given.Add(new Spacer(0));
        var look = style ?? CellStyle;
        var inner = look with { Right = BorderSide.None, Bottom = BorderSide.None };
        var last = look with { Bottom = BorderSide.None };
        return [.. given.Select((cell, i) => (Element)new Box(i == given.Count - 1 ? last : inner, new Padding(CellPadding, cell)))];
    }
}
