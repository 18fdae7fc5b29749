using Itou.Export.Markdown.ContentRefs;
using Markdig.Syntax.Inlines;

namespace Itou.Export.Tests.Markdown;

public sealed class ContentRefSpecTests
{
    [Fact]
    public void Content_ref_keeps_its_url_and_link_body()
    {
        var parsed = new Parsed("Intro :&#x20;\n\n{% content-ref url=\"les-emplois-de-linclusion-2.md\" %}\n[les-emplois-de-linclusion-2.md](les-emplois-de-linclusion-2.md)\n{% endcontent-ref %}");
        var reference = parsed.Single<ContentRefBlock>();
        Assert.Equal("les-emplois-de-linclusion-2.md", reference.Url);
        Assert.False(reference.IsLegacyPageRef);
        Assert.Equal("les-emplois-de-linclusion-2.md", parsed.Single<LinkInline>().Url);
    }

    [Fact]
    public void Content_ref_on_one_line_and_folder_target()
    {
        var reference = new Parsed("{% content-ref url=\"dir/\" %}[Dir](dir/){% endcontent-ref %}").Single<ContentRefBlock>();
        Assert.Equal("dir/", reference.Url);
        Assert.Equal("Dir", Parsed.Text(reference));
    }

    [Fact]
    public void Legacy_page_ref_has_no_body()
    {
        var parsed = new Parsed("{% page-ref page=\"les-emplois-de-linclusion-2.md\" %}\n\nNext paragraph");
        var reference = parsed.Single<ContentRefBlock>();
        Assert.True(reference.IsLegacyPageRef);
        Assert.Equal("les-emplois-de-linclusion-2.md", reference.Url);
        Assert.Empty(reference);
        Assert.Equal("Next paragraph", Parsed.Text(parsed.Document.Last()));
    }
}
