using Itou.Export.Markdown.Headings;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Itou.Export.Tests.Markdown;

public sealed class HeadingIdSpecTests
{
    [Theory]
    [InlineData("## Les services proposés <a href=\"#les-4-services\" id=\"les-4-services\"></a>", "les-4-services", "Les services proposés")]
    [InlineData("## 💡 Le candidat ? <a id=\"employeurs-le-candidat\"></a>", "employeurs-le-candidat", "💡 Le candidat ?")]
    [InlineData("### Diagnostic <a href=\"#diagnostic_de_reference\" id=\"diagnostic_de_reference\"></a>", "diagnostic_de_reference", "Diagnostic")]
    public void GitBook_anchor_is_the_id_and_leaves_the_text(string markdown, string id, string text)
    {
        var heading = new Parsed(markdown).Single<HeadingBlock>();
        Assert.Equal(id, heading.TryGetAttributes()?.Id);
        Assert.Equal(text, Parsed.Text(heading).Trim());
    }

    [Theory]
    [InlineData("1️⃣ Rôle du prescripteur / orienteur", "1-role-du-prescripteur-orienteur")]
    [InlineData("3️⃣ Diagnostic & Orientation du candidat", "3-diagnostic-and-orientation-du-candidat")]
    [InlineData("J’ai créé le compte de mon organisation, mais je ne veux pas être l’administrateur, comment changer ?", "jai-cree-le-compte-de-mon-organisation-mais-je-ne-veux-pas-etre-ladministrateur-comment-changer")]
    [InlineData("Critères", "criteres")]
    [InlineData("Les F.A.Q", "les-f.a.q")]
    public void Slugs_match_GitBook_anchors_seen_in_the_corpus(string title, string slug) =>
        Assert.Equal(slug, HeadingIds.Slug(title));

    [Fact]
    public void Slugs_use_the_heading_text_and_are_unique_per_page()
    {
        var parsed = new Parsed("## _**Suivi** des [recrutements](x.md)_\n\n## Suivi des recrutements\n\n###\n\n## 🔥");
        Assert.Equal(["suivi-des-recrutements", "suivi-des-recrutements-1", "section", "section-1"],
            parsed.All<HeadingBlock>().Select(h => h.TryGetAttributes()?.Id));
    }
}
