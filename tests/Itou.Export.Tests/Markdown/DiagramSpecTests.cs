using Itou.Export.Markdown.Diagrams;

namespace Itou.Export.Tests.Markdown;

public sealed class DiagramSpecTests
{
    [Fact]
    public void Mermaid_integration_tag_spanning_lines()
    {
        var parsed = new Parsed("{% @mermaid/diagram content=\"graph TD\n  A-->B\n  B-->C\" %}\n\nAfter");
        var diagram = parsed.Single<DiagramBlock>();
        Assert.Equal("mermaid", diagram.Language);
        Assert.Equal("graph TD\n  A-->B\n  B-->C", diagram.Source);
        Assert.Equal("After", Parsed.Text(parsed.Document.Last()));
    }

    [Fact]
    public void Mermaid_fence_becomes_a_diagram()
    {
        var diagram = new Parsed("```mermaid\nsequenceDiagram\n  A->>B: hi\n```").Single<DiagramBlock>();
        Assert.Equal("sequenceDiagram\n  A->>B: hi", diagram.Source);
    }
}
