using Itou.Export.Pdf.Layout;
using SkiaSharp;

namespace Itou.Export.Tests.Pdf.Layout;

public sealed class RowAndBoxTests
{
    [Fact]
    public void Fixed_auto_and_relative_items_share_the_width()
    {
        using var kit = new LayoutTestKit();
        var fixedItem = new FakeBlock(500, 10);
        var autoItem = new FakeBlock(60, 30);
        var wide = new FakeBlock(500, 20);
        var narrow = new FakeBlock(500, 20);
        var row = new Row(spacing: 10).AddFixed(40, fixedItem).AddAuto(autoItem).AddRelative(3, wide).AddRelative(1, narrow);

        var plan = kit.Page(row, 300, 100);

        Assert.Equal(SpacePlan.Full(300, 30), plan);
        Assert.Equal((0f, 40f), (fixedItem.Drawn[0].Origin.X, fixedItem.Drawn[0].Size.Width));
        Assert.Equal((50f, 60f), (autoItem.Drawn[0].Origin.X, autoItem.Drawn[0].Size.Width));
        Assert.Equal((120f, 127.5f), (wide.Drawn[0].Origin.X, wide.Drawn[0].Size.Width));
        Assert.Equal((257.5f, 42.5f), (narrow.Drawn[0].Origin.X, narrow.Drawn[0].Size.Width));
        Assert.All([fixedItem, autoItem, wide, narrow], item => Assert.Equal(100, item.Drawn[0].Size.Height));
    }

    [Fact]
    public void A_row_wraps_when_one_item_does_not_fit()
    {
        using var kit = new LayoutTestKit();
        var row = new Row().AddRelative(1, new FakeBlock(10, 10)).AddRelative(1, new FakeBlock(10, 200));

        Assert.True(kit.Measure(row, 100, 100).IsWrap);
    }

    [Fact]
    public void Padding_and_borders_move_the_content_in()
    {
        using var kit = new LayoutTestKit();
        var content = new FakeBlock(50, 20);
        var style = new BoxStyle { Background = SKColors.Beige, CornerRadius = 4 }.WithBorder(2, SKColors.Black);
        var box = new Padding(new Thickness(5, 6, 7, 8), new Box(style, content));

        var plan = kit.Page(box, 200, 100);

        Assert.Equal(SpacePlan.Full(50 + 4 + 14, 20 + 4 + 12), plan);
        Assert.Equal(new SKPoint(8 + 2, 5 + 2), content.Drawn[0].Origin);
        Assert.Equal(new SKSize(200 - 14 - 4, 100 - 12 - 4), content.Drawn[0].Size);
    }

    [Fact]
    public void A_line_spans_the_width()
    {
        using var kit = new LayoutTestKit();

        Assert.Equal(SpacePlan.Full(120, 1.5f), kit.Measure(new Line(1.5f, SKColors.Gray), 120, 50));
    }

    [Fact]
    public void A_spacer_shrinks_at_the_bottom_of_a_page()
    {
        using var kit = new LayoutTestKit();

        Assert.Equal(SpacePlan.Full(0, 8), kit.Measure(new Spacer(30), 120, 8));
    }

    [Fact]
    public void Content_nested_deeper_than_the_limit_is_left_out_with_a_diagnostic()
    {
        using var kit = new LayoutTestKit();
        Element element = new FakeBlock(10, 10);
        for (var i = 0; i < 300; i++)
            element = new Padding(Thickness.All(0), element);

        kit.Page(element, 100, 100);

        Assert.True(element.IsFinished);
        Assert.Contains(kit.Diagnostics.Items, d => d.Code == Itou.Export.Publishing.DiagnosticCodes.PdfContentClipped);
    }

    [Fact]
    public void A_spacer_in_no_width_is_no_problem()
    {
        using var kit = new LayoutTestKit();
        var spacer = new Spacer(10);

        kit.Page(spacer, 0, 100);

        Assert.True(spacer.IsFinished);
        Assert.Equal(0, kit.Diagnostics.Count);
    }
}
