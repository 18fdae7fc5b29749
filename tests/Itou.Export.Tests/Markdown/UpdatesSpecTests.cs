using Itou.Export.Markdown.Updates;

namespace Itou.Export.Tests.Markdown;

public sealed class UpdatesSpecTests
{
    [Fact]
    public void Updates_hold_dated_tagged_entries()
    {
        var parsed = new Parsed("{% updates format=\"full\" %}\n{% update date=\"2025-12-25\" tags=\"beta, api\" %}\n## New\nDetails\n{% endupdate %}\n{% endupdates %}");
        var updates = parsed.Single<UpdatesBlock>();
        Assert.Equal("full", updates.Format);
        var update = Assert.IsType<UpdateBlock>(Assert.Single(updates));
        Assert.Equal("2025-12-25", update.Date);
        Assert.Equal(["beta", "api"], update.Tags);
        Assert.Equal(2, update.Count);
    }
}
