using Itou.Export.Markdown.Steppers;
using Markdig.Syntax;

namespace Itou.Export.Tests.Markdown;

public sealed class StepperSpecTests
{
    [Fact]
    public void Steps_are_numbered_and_keep_their_body()
    {
        var parsed = new Parsed("{% stepper %}\n{% step %}\n### Install\nRun it.\n{% endstep %}\n{% step %}\n### Configure\n{% endstep %}\n{% endstepper %}");
        var steps = parsed.Single<StepperBlock>().Cast<StepBlock>().ToList();
        Assert.Equal([1, 2], steps.Select(s => s.Number));
        Assert.Equal("Install", Parsed.Text(Assert.IsType<HeadingBlock>(steps[0][0])));
        Assert.Empty(parsed.Codes);
    }
}
