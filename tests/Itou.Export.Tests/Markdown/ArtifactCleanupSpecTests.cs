using Itou.Export.Publishing;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Itou.Export.Tests.Markdown;

public sealed class ArtifactCleanupSpecTests
{
    [Theory]
    [InlineData("## Les services proposés :&#x20;", "Les services proposés :")]
    [InlineData("### 👉 ****[**Je suis candidat**](https://x.fr)", "👉 Je suis candidat")]
    [InlineData("* \\*\\*\\*\\*[**Pour les candidats**](a.md)", "Pour les candidats")]
    [InlineData("Le site ** ** est", "Le site est")]
    [InlineData("D&#xE9;finitions &#x1F4C3; l&apos;insertion", "Définitions 📃 l'insertion")]
    [InlineData("🤝\u200B \u200B[lemarche](https://x.fr)", "🤝 lemarche")]
    [InlineData("### \0Données relatives", "Données relatives")]
    [InlineData("un problème ⏎\r_\\* Si je ne suis_", "un problème ⏎* Si je ne suis")]
    public void Editor_artifacts_are_cleaned(string markdown, string text)
    {
        var parsed = new Parsed(markdown);
        Assert.Equal(text, Parsed.Text(parsed.Document).Trim());
        Assert.DoesNotContain(parsed.Texts, t => t.Contains("&#x", StringComparison.Ordinal) || t.Contains("**", StringComparison.Ordinal) || t.Contains('\u200B') || t.Contains('\0') || t.Contains('\r'));
    }

    [Fact]
    public void Lone_escaped_underscores_line_disappears()
    {
        var parsed = new Parsed("_\\* Dans le cas d'une SIAE._ \n\n\\_\\_\n\nNext");
        Assert.Equal(2, parsed.Document.Count);
    }

    [Theory]
    [InlineData("**Découvrez des tutoriels **pour vous", "Découvrez des tutoriels")]
    [InlineData("est ** mon outil.** Elle", "mon outil.")]
    [InlineData("nous interroger**,** cliquez", ",")]
    [InlineData("### :point\\_right:17.12**.20** Open Webinaire", ".20")]
    [InlineData("** يمكن حظر الدردشات ** - لذلك", "يمكن حظر الدردشات")]
    [InlineData("الطريقة ** `onPaymentCompleted` ** وليس", "onPaymentCompleted")]
    [InlineData("* **100  **      `Bot.blockChat (chat.id)`", "100")]
    public void GitBook_loose_bold_is_bold(string markdown, string bold)
    {
        var parsed = new Parsed(markdown);
        Assert.Equal(bold, Parsed.Text(Assert.Single(parsed.All<EmphasisInline>())));
        Assert.DoesNotContain(parsed.Texts, t => t.Contains("**", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("2.2、 **依次点击：**<mark style=\"color:red;\">**「我的应用」 - 「单聊」**</mark>", "依次点击：|「我的应用」 - 「单聊」")]
    [InlineData("** واحد أكثر! ** تحتاج إلى ** أي نص\n\\(random text\\)** سر IPN", "واحد أكثر!|أي نص (random text)")]
    [InlineData("It shows **<mark style=\"color:blue;\">**\"Vous\"**</mark>** here", "\"Vous\"")]
    public void Loose_bold_pairs_in_order_around_marks_and_soft_breaks(string markdown, string bolds)
    {
        var parsed = new Parsed(markdown);
        Assert.Equal(bolds.Split('|'), parsed.All<EmphasisInline>().Select(Parsed.Text));
        Assert.DoesNotContain(parsed.Texts, t => t.Contains("**", StringComparison.Ordinal));
    }

    [Fact]
    public void A_star_run_that_is_not_a_pair_stays_text()
    {
        var parsed = new Parsed("Passwords print as ***** and a lone ** stays.");
        Assert.Empty(parsed.All<EmphasisInline>());
        Assert.Equal("Passwords print as ***** and a lone ** stays.", Parsed.Text(parsed.Document));
    }

    [Fact]
    public void Encoded_space_before_list_content_does_not_make_code()
    {
        var parsed = new Parsed("*   &#x20;Automatisation du script&#x20;\n\n    avec ajout des deux champs&#x20;\n* Suite");
        Assert.Empty(parsed.All<CodeBlock>());
        Assert.Equal("Automatisation du script", Parsed.Text(parsed.All<ParagraphBlock>()[0]));
    }

    [Fact]
    public void Nul_is_reported_once_as_info()
    {
        var diagnostic = Assert.Single(new Parsed("a\0b\0c").Diagnostics.Items);
        Assert.Equal((DiagnosticCodes.MarkdownInvalidCharacters, DiagnosticSeverity.Info), (diagnostic.Code, diagnostic.Severity));
    }

    [Fact]
    public void A_thematic_break_of_four_stars_stays_a_break()
    {
        Assert.IsType<ThematicBreakBlock>(Assert.Single(new Parsed("****").Document));
    }

    [Fact]
    public void Html_entities_are_plain_literals()
    {
        var parsed = new Parsed("Mon espace &gt; Mes structures");
        Assert.Empty(parsed.All<HtmlEntityInline>());
        Assert.Equal("Mon espace > Mes structures", Parsed.Text(parsed.Document));
    }
}
