using Itou.Export.Pdf.Layout;

namespace Itou.Export.Tests.Pdf.Layout;

public sealed class TableTests
{
    [Fact]
    public void Header_rows_are_repeated_on_every_page_and_rows_flow_on()
    {
        using var kit = new LayoutTestKit();
        var header = new FakeBlock(10, 10);
        var rows = Enumerable.Range(0, 4).Select(_ => new FakeBlock(10, 30)).ToArray();
        var table = new Table([TableColumn.Relative()], cellPadding: Thickness.All(0), cellStyle: new BoxStyle());
        table.AddHeaderRow([header]);
        foreach (var row in rows)
            table.AddRow([row]);

        kit.Page(table, 100, 80, page: 1);
        kit.Page(table, 100, 80, page: 2);

        Assert.Equal([1, 2], header.Drawn.Select(d => d.Page));
        Assert.Equal([1, 1, 2, 2], rows.Select(r => r.Drawn.Single().Page));
        Assert.Equal(10, rows[2].Drawn.Single().Origin.Y);
        Assert.True(table.IsFinished);
    }

    [Fact]
    public void Columns_are_fixed_auto_or_relative()
    {
        using var kit = new LayoutTestKit();
        var cells = new[] { new FakeBlock(10, 10), new FakeBlock(70, 10), new FakeBlock(500, 10) };
        var table = new Table([TableColumn.Fixed(50), TableColumn.Auto(), TableColumn.Relative()], cellPadding: Thickness.All(0), cellStyle: new BoxStyle());
        table.AddRow(cells);

        kit.Page(table, 400, 100);

        Assert.Equal([0f, 50f, 120f], cells.Select(c => c.Drawn[0].Origin.X));
        Assert.Equal([50f, 70f, 280f], cells.Select(c => c.Drawn[0].Size.Width));
    }

    [Fact]
    public void Cells_of_a_row_are_as_tall_as_the_row()
    {
        using var kit = new LayoutTestKit();
        var low = new FakeBlock(10, 10);
        var high = new FakeBlock(10, 40);
        var table = new Table([TableColumn.Relative(), TableColumn.Relative()], cellPadding: Thickness.All(2));
        table.AddRow([low, high]);

        kit.Page(table, 100, 100);

        Assert.Equal(low.Drawn[0].Size.Height, high.Drawn[0].Size.Height);
    }
}
