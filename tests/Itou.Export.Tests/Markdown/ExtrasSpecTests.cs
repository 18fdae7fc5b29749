using Itou.Export.Markdown.Formulas;
using Markdig.Extensions.Emoji;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Mathematics;
using Markdig.Extensions.TaskLists;

namespace Itou.Export.Tests.Markdown;

/// <summary>Math, footnotes, task lists and emoji: Markdig's own extensions, as GitBook writes them.</summary>
public sealed class ExtrasSpecTests
{
    [Fact]
    public void Math_inline_and_block_with_double_dollars_only()
    {
        var parsed = new Parsed("Energy $$E = mc^2$$ costs 5$ or 10$.\n\n$$\n\\int_0^1 x\\,dx\n$$");
        Assert.Equal("E = mc^2", parsed.Single<FormulaInline>().Tex);
        Assert.Equal("\\int_0^1 x\\,dx", parsed.Single<FormulaBlock>().Tex);
        Assert.Contains("costs 5$ or 10$.", Parsed.Text(parsed.Document), StringComparison.Ordinal);
    }

    [Fact]
    public void Single_dollar_pairs_stay_text()
    {
        var parsed = new Parsed("Prices: $5 and $6 today");
        Assert.Empty(parsed.All<MathInline>());
        Assert.Equal("Prices: $5 and $6 today", Parsed.Text(parsed.Document));
    }

    [Fact]
    public void Footnotes()
    {
        var parsed = new Parsed("Claim[^1].\n\n[^1]: Source.");
        Assert.Single(parsed.All<FootnoteLink>(), link => !link.IsBackLink);
        Assert.Equal("Source.", Parsed.Text(parsed.Single<Footnote>()));
    }

    [Fact]
    public void Task_lists()
    {
        var tasks = new Parsed("- [x] done\n- [ ] todo").All<TaskList>();
        Assert.Equal([true, false], tasks.Select(t => t.Checked));
    }

    [Theory]
    [InlineData("Merci :blush:", "😊")]
    [InlineData("**Une question ?**:point\\_right:****[**Contactez-nous**](<mailto:a@b.fr >)", "👉")]
    public void Emoji_shortcodes_including_escaped_underscores(string markdown, string emoji)
    {
        var parsed = new Parsed(markdown);
        Assert.Equal(emoji, parsed.Single<EmojiInline>().Content.ToString());
        Assert.DoesNotContain(parsed.Texts, t => t.Contains(':', StringComparison.Ordinal) && t.Contains('_', StringComparison.Ordinal));
    }
}
