using Itou.Export.Publishing;

namespace Itou.Export.Tests.Space;

public class AnchorIdTests
{
    [Theory]
    [InlineData("README.md", null)]
    [InlineData("le-marche-de-linclusion/mon-mode-demploi-entreprises-sociales-inclusives/f.a.q-le-marche-de-linclusion.md", "je-gere-plusieurs-structures-faut-il-un-compte")]
    [InlineData("dir/page.md", "Étape 1 : « préparer »")]
    [InlineData("🚀.md", "")]
    public void Anchor_names_are_valid_word_bookmarks_and_pdf_destinations(string path, string? heading)
    {
        var id = AnchorIds.For(path, heading);

        Assert.InRange(id.Length, 1, 40);
        Assert.True(char.IsAsciiLetter(id[0]));
        Assert.All(id, c => Assert.True(char.IsAsciiLetterOrDigit(c) || c == '_'));
    }

    [Fact]
    public void Anchor_names_are_stable_and_distinct()
    {
        Assert.Equal(AnchorIds.For("a/b.md", "x"), AnchorIds.For("a/b.md", "x"));
        Assert.NotEqual(AnchorIds.For("a/b.md", "x"), AnchorIds.For("a/b.md"));
        Assert.NotEqual(AnchorIds.For("a-b.md"), AnchorIds.For("a_b.md"));
        Assert.StartsWith("p_dir_page_section_", AnchorIds.For("dir/page.md", "section"), StringComparison.Ordinal);
    }
}
