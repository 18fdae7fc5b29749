using Itou.Export.Markdown.Conditionals;

namespace Itou.Export.Tests.Markdown;

public sealed class ConditionalSpecTests
{
    [Fact]
    public void Every_branch_is_kept_in_order()
    {
        var parsed = new Parsed("{% if visitor.claims.unsigned.plan == \"pro\" %}\nPro text\n{% elsif visitor.claims.unsigned.plan == \"free\" %}\nFree text\n{% else %}\nOther text\n{% endif %}\nAfter");
        var branches = parsed.All<ConditionalBlock>();
        Assert.Equal(["Pro text", "Free text", "Other text"], branches.Select(Parsed.Text));
        Assert.Contains("visitor.claims.unsigned.plan", branches[0].Condition, StringComparison.Ordinal);
        Assert.Equal("else", branches[2].Condition);
        Assert.Equal("After", Parsed.Text(parsed.Document.Last()));
        Assert.Empty(parsed.Codes);
    }

    [Fact]
    public void Else_outside_if_is_reported()
    {
        var parsed = new Parsed("Text\n{% else %}\nMore");
        Assert.Equal([Itou.Export.Publishing.DiagnosticCodes.MarkdownMismatchedTag], parsed.Codes);
        Assert.DoesNotContain(parsed.Texts, t => t.Contains("{%", StringComparison.Ordinal));
    }
}
