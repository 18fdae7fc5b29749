using Itou.Export.Publishing;

namespace Itou.Export.Tests.Markdown;

public sealed class VariableSpecTests
{
    [Fact]
    public void Expression_is_replaced_by_the_variable_value()
    {
        var parsed = new Parsed("Version <code class=\"expression\">space.vars.version</code> is out.", new Dictionary<string, string> { ["space.vars.version"] = "2.1" });
        Assert.Equal("Version 2.1 is out.", Parsed.Text(parsed.Document));
        Assert.Empty(parsed.Codes);
    }

    [Fact]
    public void Unknown_variable_prints_its_name_and_is_reported()
    {
        var parsed = new Parsed("Hello <code class=\"expression\">space.vars.missing</code>");
        Assert.Equal("Hello space.vars.missing", Parsed.Text(parsed.Document));
        Assert.Equal([DiagnosticCodes.MarkdownUnknownVariable], parsed.Codes);
    }
}
