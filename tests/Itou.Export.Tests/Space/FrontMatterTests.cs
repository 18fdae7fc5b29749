using Itou.Export.Publishing;
using Itou.Export.Tests.Support;
using Markdig.Syntax;

namespace Itou.Export.Tests.Space;

public class FrontMatterTests
{
    [Theory]
    [InlineData("description: En savoir plus\n", "En savoir plus")]
    [InlineData("description: >-\n  La communauté des\n  ambassadeurs\n", "La communauté des ambassadeurs")]
    [InlineData("description: 'Échangez, partagez'\n", "Échangez, partagez")]
    [InlineData("description: \"Dites « oui »\"\n", "Dites « oui »")]
    public async Task The_description_is_read_in_every_form(string yaml, string expected)
    {
        using var space = new TempSpace().Write("README.md", "---\n" + yaml + "---\n\n# Title\n");

        var page = (await space.LoadAsync()).Pages.Single();

        Assert.Equal(expected, page.FrontMatter.Description);
    }

    [Fact]
    public async Task Cover_icon_hidden_layout_tags_and_vars_are_read()
    {
        using var space = new TempSpace().Write("README.md", """
            ---
            cover: .gitbook/assets/cover.png
            coverY: 0
            icon: rocket
            hidden: true
            layout:
              width: wide
              title:
                visible: false
            tags: [guide, atelier]
            vars:
              ville: Exemple
            ---
            # Title
            """);

        var loaded = await space.LoadAsync();
        var front = loaded.Pages.Single().FrontMatter;

        Assert.Equal((".gitbook/assets/cover.png", "rocket", true), (front.Cover, front.Icon, front.Hidden));
        Assert.Equal(["guide", "atelier"], front.Tags);
        Assert.Equal("wide", front.Values["layout.width"]);
        Assert.Equal("false", front.Values["layout.title.visible"]);
        Assert.Equal("0", front.Values["coverY"]);
        Assert.Equal("Exemple", front.Vars["ville"]);
        Assert.Empty(loaded.Diagnostics.Items);
    }

    [Fact]
    public async Task Body_line_numbers_are_the_file_lines()
    {
        using var space = new TempSpace().Write("README.md", "---\ndescription: x\n---\n\n# Title\n");

        var heading = (await space.LoadAsync()).Pages.Single().Document.Descendants<HeadingBlock>().Single();

        Assert.Equal(5, heading.Line + 1);
    }

    [Fact]
    public async Task Malformed_front_matter_is_reported_and_the_body_kept()
    {
        using var space = new TempSpace().Write("README.md", "---\ndescription: [unclosed\nicon: x\n---\n# Title\n\nText.\n");

        var loaded = await space.LoadAsync();
        var page = loaded.Pages.Single();

        Assert.Null(page.FrontMatter.Description);
        Assert.Equal("Title", page.Title);
        Assert.Single(page.Document.Descendants<ParagraphBlock>());
        var diagnostic = Assert.Single(loaded.Diagnostics.Items, d => d.Code == DiagnosticCodes.SpaceFrontMatter);
        Assert.Equal("README.md", diagnostic.File);
        Assert.InRange(diagnostic.Line, 2, 4);
    }

    [Fact]
    public async Task Unclosed_front_matter_is_reported_and_read_as_text()
    {
        using var space = new TempSpace().Write("README.md", "---\ndescription: x\n\n# Title\n");

        var loaded = await space.LoadAsync();

        Assert.Equal(["README.md:1"], TempSpace.Places(loaded, DiagnosticCodes.SpaceFrontMatter));
        // Read as text, the page opens with a rule, not with its heading: the heading is kept, not taken as the title.
        Assert.Contains(loaded.Pages.Single().Document.Descendants<Markdig.Syntax.HeadingBlock>(), heading => heading.Level == 1);
        Assert.Null(loaded.Pages.Single().TitleHeading);
    }
}
