using Itou.Export.Pdf.Layout;
using SkiaSharp;

namespace Itou.Export.Tests.Pdf.Layout;

public sealed class ColumnTests
{
    [Fact]
    public void Children_are_stacked_with_the_spacing_between_them()
    {
        using var kit = new LayoutTestKit();
        var a = new FakeBlock(100, 30);
        var b = new FakeBlock(50, 20);
        var column = new Column(spacing: 5).Add(a).Add(b);

        var plan = kit.Page(column, 200, 500);

        Assert.Equal(SpacePlan.Full(100, 55), plan);
        Assert.Equal(new SKPoint(0, 0), a.Drawn.Single().Origin);
        Assert.Equal(new SKPoint(0, 35), b.Drawn.Single().Origin);
        Assert.Equal(new SKSize(200, 20), b.Drawn.Single().Size);
        Assert.True(column.IsFinished);
    }

    [Fact]
    public void A_child_that_does_not_fit_starts_the_next_page()
    {
        using var kit = new LayoutTestKit();
        var blocks = Enumerable.Range(0, 3).Select(_ => new FakeBlock(100, 40)).ToArray();
        var column = new Column(spacing: 10);
        Array.ForEach(blocks, block => column.Add(block));

        Assert.Equal(SpacePlan.Partial(100, 90), kit.Page(column, 200, 100, page: 1));
        Assert.Equal(SpacePlan.Full(100, 40), kit.Page(column, 200, 100, page: 2));

        Assert.Equal([1, 1, 2], blocks.Select(block => block.Drawn.Single().Page));
        Assert.Equal(0, blocks[2].Drawn.Single().Origin.Y);
    }

    [Fact]
    public void Measuring_has_no_side_effect()
    {
        using var kit = new LayoutTestKit();
        var column = new Column().Add(new FakeBlock(10, 60)).Add(new FakeBlock(10, 60));

        var first = kit.Measure(column, 100, 100);
        var second = kit.Measure(column, 100, 100);

        Assert.Equal(first, second);
        Assert.False(column.IsFinished);
    }

    [Fact]
    public void A_heading_kept_with_next_moves_to_the_next_page_with_it()
    {
        using var kit = new LayoutTestKit();
        var body = new FakeBlock(100, 40);
        var heading = new FakeBlock(100, 20);
        var next = new FakeBlock(100, 60);
        var column = new Column().Add(body).Add(new KeepWithNext(heading)).Add(next);

        Assert.Equal(SpacePlan.Partial(100, 40), kit.Page(column, 100, 100, page: 1));
        kit.Page(column, 100, 100, page: 2);

        Assert.Equal(2, heading.Drawn.Single().Page);
        Assert.Equal(2, next.Drawn.Single().Page);
    }

    [Fact]
    public void An_anchor_alone_at_the_bottom_of_a_page_goes_with_what_follows()
    {
        using var kit = new LayoutTestKit();
        var column = new Column().Add(new FakeBlock(10, 90)).Add(new Spacer(0)).Add(new FakeBlock(10, 50));

        var plan = kit.Page(column, 100, 100);

        Assert.Equal(SpacePlan.Partial(10, 90), plan);
    }

    [Fact]
    public void Keep_together_moves_a_block_that_would_split()
    {
        using var kit = new LayoutTestKit();
        var inner = new Column().Add(new FakeBlock(10, 40)).Add(new FakeBlock(10, 40));
        var column = new Column().Add(new FakeBlock(10, 50)).Add(new KeepTogether(inner));

        Assert.Equal(SpacePlan.Partial(10, 50), kit.Page(column, 100, 100));
    }

    [Fact]
    public void A_page_break_ends_the_page()
    {
        using var kit = new LayoutTestKit();
        var after = new FakeBlock(10, 10);
        var column = new Column().Add(new FakeBlock(10, 10)).Add(new PageBreak()).Add(after);

        Assert.Equal(SpacePlanKind.PartialRender, kit.Page(column, 100, 100, page: 1).Kind);
        Assert.Empty(after.Drawn);
        kit.Page(column, 100, 100, page: 2);
        Assert.Equal(2, after.Drawn.Single().Page);
        Assert.True(column.IsFinished);
    }
}
