using Itou.Export.Pdf.Layout;
using Itou.Export.Pdf.Text;

namespace Itou.Export.Tests.Pdf.Layout;

/// <summary>
/// The layout rules that keep pages full without breaking things apart badly: short blocks kept
/// whole, long ones split where they stand, table rows moved whole, pictures scaled down before they
/// move, captions kept with their picture, headings and lead-ins kept with what follows.
/// </summary>
public sealed class PageEconomyTests
{
    private const float PageHeight = 300;

    private static FakeBlock[] Blocks(int count, float height) => [.. Enumerable.Range(0, count).Select(i => new FakeBlock(100, height, $"b{i}"))];

    private static Column ColumnOf(IEnumerable<Element> children)
    {
        var column = new Column();
        foreach (var child in children)
            column.Add(child);
        return column;
    }

    private static void LayOut(LayoutTestKit kit, Element content, int pages = 3)
    {
        for (var page = 1; page <= pages && !content.IsFinished; page++)
            kit.Page(content, 200, PageHeight, page);
    }

    [Fact]
    public void A_block_shorter_than_its_share_of_a_page_moves_whole()
    {
        using var kit = new LayoutTestKit();
        var lines = Blocks(5, 20); // 100 pt: a third of the page
        var content = new Column().Add(new FakeBlock(100, 220)).Add(new KeepTogether(ColumnOf(lines), 1f / 3));

        LayOut(kit, content);

        Assert.All(lines, line => Assert.Equal(2, line.Drawn.Single().Page));
    }

    [Fact]
    public void A_block_taller_than_its_share_of_a_page_splits_where_it_stands()
    {
        using var kit = new LayoutTestKit();
        var lines = Blocks(8, 20); // 160 pt: more than a third of the page
        var content = new Column().Add(new FakeBlock(100, 220)).Add(new KeepTogether(ColumnOf(lines), 1f / 3));

        LayOut(kit, content);

        Assert.Equal([1, 1, 1, 1, 2, 2, 2, 2], lines.Select(line => line.Drawn.Single().Page));
    }

    [Fact]
    public void A_table_row_that_does_not_fit_moves_whole_to_the_next_page()
    {
        using var kit = new LayoutTestKit();
        var first = Blocks(3, 20);
        var second = Blocks(3, 20);
        var table = new Table([TableColumn.Relative()], cellPadding: Thickness.All(0), cellStyle: new BoxStyle());
        table.AddRow([ColumnOf(first)]).AddRow([ColumnOf(second)]);
        var content = new Column().Add(new FakeBlock(100, 200)).Add(table);

        LayOut(kit, content);

        Assert.All(first, line => Assert.Equal(1, line.Drawn.Single().Page));
        Assert.All(second, line => Assert.Equal(2, line.Drawn.Single().Page));
    }

    [Fact]
    public void A_table_row_taller_than_a_page_splits_and_the_header_repeats()
    {
        using var kit = new LayoutTestKit();
        var header = new FakeBlock(10, 20);
        var lines = Blocks(25, 20); // 500 pt: taller than the page
        var table = new Table([TableColumn.Relative()], cellPadding: Thickness.All(0), cellStyle: new BoxStyle());
        table.AddHeaderRow([header]).AddRow([ColumnOf(lines)]);
        var content = new Column().Add(new FakeBlock(100, 100)).Add(table);

        LayOut(kit, content);

        Assert.Equal(1, lines[0].Drawn.Single().Page); // split on the first page, not moved first
        Assert.Equal([1, 2, 3], header.Drawn.Select(d => d.Page));
        Assert.True(content.IsFinished);
    }

    [Fact]
    public void A_picture_that_does_not_fit_is_scaled_down_to_the_space_left()
    {
        using var kit = new LayoutTestKit();
        using var source = ImageSource.Load(ImageTests.Png(400, 300))!; // 300 × 225 pt at 200 pt wide: 200 × 150

        var plan = kit.Measure(new Image(source), 200, 120);

        Assert.Equal(SpacePlan.Full(160, 120), plan); // 80 % of its width
        Assert.Empty(kit.Diagnostics.Items);
    }

    [Fact]
    public void A_picture_is_not_scaled_below_sixty_percent_of_its_width_it_moves()
    {
        using var kit = new LayoutTestKit();
        using var source = ImageSource.Load(ImageTests.Png(400, 300))!;

        Assert.True(kit.Measure(new Image(source), 200, 80).IsWrap); // 53 % would be needed
        var plan = kit.Measure(new Image(source), 200, 92); // 61 %
        Assert.True(plan.IsFull);
        Assert.Equal(122.7, plan.Width, 0.1);
    }

    [Fact]
    public void A_caption_stays_with_its_scaled_picture()
    {
        using var kit = new LayoutTestKit();
        using var source = ImageSource.Load(ImageTests.Png(400, 300))!;
        var caption = new FakeBlock(100, 20);
        var content = new Column().Add(new FakeBlock(100, 160)).Add(new Figure(new Image(source), caption));

        LayOut(kit, content);

        var drawn = caption.Drawn.Single();
        Assert.Equal(1, drawn.Page);
        Assert.True(drawn.Origin.Y <= PageHeight - 20, $"the caption is drawn at {drawn.Origin.Y}, below the page");
    }

    [Fact]
    public void A_heading_never_ends_a_page_it_moves_with_what_follows()
    {
        using var kit = new LayoutTestKit();
        var heading = new FakeBlock(100, 20, "heading");
        var paragraph = new FakeBlock(100, 60, "paragraph");
        var content = new Column().Add(new FakeBlock(100, 250)).Add(new KeepWithNext(heading)).Add(paragraph);

        LayOut(kit, content);

        Assert.Equal(2, heading.Drawn.Single().Page);
        Assert.Equal(2, paragraph.Drawn.Single().Page);
    }

    [Fact]
    public void A_heading_and_a_lead_in_move_together_with_the_list_they_introduce()
    {
        using var kit = new LayoutTestKit();
        var heading = new FakeBlock(100, 20, "heading");
        var leadIn = new FakeBlock(100, 20, "lead-in");
        var items = Blocks(3, 20);
        var content = new Column().Add(new FakeBlock(100, 245)).Add(new KeepWithNext(heading)).Add(new KeepWithNext(leadIn)).Add(ColumnOf(items));

        LayOut(kit, content);

        Assert.Equal([2, 2, 2], new[] { heading, leadIn, items[0] }.Select(block => block.Drawn.Single().Page));
    }
}
