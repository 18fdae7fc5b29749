using Itou.Export.Pdf.Layout;
using Itou.Export.Pdf.Text;

namespace Itou.Export.Tests.Pdf.Layout;

public sealed class TextBlockTests
{
    private static readonly TextStyle Body = new() { Size = 10, LineHeight = 1.5f };

    [Fact]
    public void A_paragraph_is_as_tall_as_its_lines()
    {
        using var kit = new LayoutTestKit();
        var text = new TextBlock("un deux trois", Body);

        var plan = kit.Measure(text, 500, 100);

        Assert.Equal(SpacePlanKind.FullRender, plan.Kind);
        Assert.Equal(15, plan.Height, 0.01);
        Assert.InRange(plan.Width, 40, 80);
    }

    [Fact]
    public void Lines_break_at_spaces_within_the_width()
    {
        using var kit = new LayoutTestKit();
        var text = new TextBlock(string.Join(" ", Enumerable.Repeat("mot", 40)), Body);

        var plan = kit.Measure(text, 100, 1000);

        Assert.True(plan.Height > 15 * 5);
        Assert.True(plan.Width <= 100);
    }

    [Fact]
    public void A_no_break_space_never_ends_a_line()
    {
        using var kit = new LayoutTestKit();
        var shaped = ShapedText.Shape([new TextSpan("aaaa\u00A0: bbbb\u202F% cccc", Body)], kit.Fonts, _ => { });

        // From the width of the longest word: narrower lines cut words anywhere.
        for (var width = 40f; width < 150; width += 1)
        {
            foreach (var line in LineBreaker.Break(shaped, width, ParagraphStyle.Default).Skip(1))
            {
                var first = shaped.Text[shaped.Clusters[line.Start]];
                Assert.False(first is ':' or '%', $"line starts with '{first}' at width {width}");
            }
        }
    }

    [Fact]
    public void A_word_wider_than_the_line_is_cut_and_never_passes_the_edge()
    {
        using var kit = new LayoutTestKit();
        var shaped = ShapedText.Shape([new TextSpan("https://emplois.inclusion.beta.gouv.fr/" + new string('x', 80), Body)], kit.Fonts, _ => { });

        var lines = LineBreaker.Break(shaped, 60, ParagraphStyle.Default);

        Assert.True(lines.Count > 5);
        Assert.All(lines, line => Assert.True(line.Width <= 60, $"line {line.Width} wide"));
        Assert.Equal(shaped.Count, lines[^1].End);
    }

    [Fact]
    public void A_line_may_end_after_a_hyphen()
    {
        using var kit = new LayoutTestKit();
        var shaped = ShapedText.Shape([new TextSpan("porte-monnaie", Body)], kit.Fonts, _ => { });
        var width = LineBreaker.Break(shaped, 1000, ParagraphStyle.Default)[0].Width;

        var lines = LineBreaker.Break(shaped, width - 1, ParagraphStyle.Default);

        Assert.Equal(2, lines.Count);
        Assert.Equal('m', shaped.Text[shaped.Clusters[lines[1].Start]]);
    }

    [Fact]
    public void A_line_feed_forces_a_break()
    {
        using var kit = new LayoutTestKit();
        var shaped = ShapedText.Shape([new TextSpan("un\ndeux\n\ntrois", Body)], kit.Fonts, _ => { });

        Assert.Equal(4, LineBreaker.Break(shaped, 1000, ParagraphStyle.Default).Count);
    }

    [Fact]
    public void First_line_and_hanging_indents_move_lines_in()
    {
        using var kit = new LayoutTestKit();
        var shaped = ShapedText.Shape([new TextSpan(string.Join(" ", Enumerable.Repeat("mot", 30)), Body)], kit.Fonts, _ => { });

        var lines = LineBreaker.Break(shaped, 100, new ParagraphStyle { FirstLineIndent = 0, HangingIndent = 20 });

        Assert.Equal(0, lines[0].Indent);
        Assert.All(lines.Skip(1), line => Assert.Equal(20, line.Indent));
        Assert.All(lines.Skip(1), line => Assert.True(line.Width <= 80));
    }

    [Fact]
    public void A_paragraph_splits_across_pages_keeping_two_lines_on_each_side()
    {
        using var kit = new LayoutTestKit();
        var text = new TextBlock(string.Join(" ", Enumerable.Repeat("mot", 50)), Body);
        var lines = (int)Math.Round(kit.Measure(text, 100, 10_000).Height / 15);
        Assert.True(lines >= 5);

        Assert.True(kit.Measure(text, 100, 15 * 1.5f).IsWrap, "one line alone at the bottom of a page");
        var plan = kit.Page(text, 100, 15 * (lines - 1));
        Assert.Equal(15 * (lines - 2), plan.Height, 0.01);
        Assert.Equal(SpacePlan.Full(plan.Width, 30), kit.Page(text, 100, 1000) with { Width = plan.Width });
    }

    [Fact]
    public void Ligatures_and_kerning_come_from_shaping()
    {
        using var kit = new LayoutTestKit();
        var shaped = ShapedText.Shape([new TextSpan("efficace", Body)], kit.Fonts, _ => { });

        Assert.True(shaped.Count < "efficace".Length, "ffi should be one glyph");
    }
}
