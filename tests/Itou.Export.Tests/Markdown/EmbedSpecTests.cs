using Itou.Export.Markdown.Embeds;

namespace Itou.Export.Tests.Markdown;

public sealed class EmbedSpecTests
{
    [Fact]
    public void Embed_without_body_is_self_closing()
    {
        var parsed = new Parsed("{% embed url=\"https://youtu.be/AKUHDXphgVw\" %}\n\n###\n\nText after");
        var embed = parsed.Single<EmbedBlock>();
        Assert.Equal("https://youtu.be/AKUHDXphgVw", embed.Url);
        Assert.Empty(embed);
        Assert.Equal("Text after", Parsed.Text(parsed.Document.Last()));
    }

    [Fact]
    public void Embed_caption_from_body()
    {
        var embed = new Parsed("{% embed url=\"https://drive.google.com/file/d/x/view\" %}\nThe **guide**\n{% endembed %}").Single<EmbedBlock>();
        Assert.Equal("The guide", Parsed.Text(embed));
    }

    [Fact]
    public void Embed_legacy_caption_attribute()
    {
        var embed = new Parsed("{% embed url=\"https://youtu.be/x\" caption=\"Watch \\\"this\\\"\" %}").Single<EmbedBlock>();
        Assert.Equal("Watch \"this\"", Parsed.Text(embed));
    }
}
