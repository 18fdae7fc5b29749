using DocumentFormat.OpenXml.Wordprocessing;

namespace Itou.Export.Tests.Docx;

public class DocxBlockTests
{
    [Fact]
    public void A_plain_page_is_valid_and_keeps_its_text()
    {
        using var doc = DocxTestDocument.Brief("# Titre\n\nUn paragraphe avec **gras**, *italique*, ~~barré~~ et `code`.\n\n> Une citation\n\n***\n\n```\nligne 1\n  ligne 2\n```\n");
        Assert.Empty(doc.ValidationErrors());
        var text = doc.Body.InnerText;
        Assert.Contains("Un paragraphe avec gras, italique, barré et code.", text, StringComparison.Ordinal);
        Assert.Contains("Une citation", doc.ParagraphsIn("Quote").Single().InnerText, StringComparison.Ordinal);
        var code = doc.ParagraphsIn("SourceCode").Single();
        Assert.Single(code.Descendants<Break>());
        Assert.Contains("  ligne 2", code.InnerText, StringComparison.Ordinal);
        Assert.Contains(doc.Body.Descendants<Run>(), r => r.RunProperties?.Bold is not null && r.InnerText == "gras");
        Assert.Contains(doc.Body.Descendants<Run>(), r => r.RunProperties?.RunStyle?.Val == "VerbatimChar" && r.InnerText == "code");
    }
}

public class XmlTextTests
{
    [Fact]
    public void Forbidden_characters_go_and_line_ends_become_spaces() =>
        Assert.Equal("abc  d😀", Itou.Export.Docx.XmlText.Clean("a\0b\uD800c\r\nd\uFFFD😀"));
}

public class DocxFrenchTypographyTests
{
    [Fact]
    public void French_documents_get_no_break_spaces_across_runs_but_not_in_code()
    {
        using var doc = DocxTestDocument.Brief("Une question **?** Voici « la réponse » : `a : b`\n\n```\nx : y\n```\n", Itou.Export.Theming.Theme.Default with { Language = "fr-FR" });
        var text = doc.Body.Elements<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText).ToList();
        Assert.Contains("Une question\u202F? Voici «\u00A0la réponse\u00A0»\u00A0: a : b", text);
        Assert.Contains("x : y", text);
    }

    [Fact]
    public void Other_languages_are_left_alone()
    {
        using var doc = DocxTestDocument.Brief("Question ? Yes : no", Itou.Export.Theming.Theme.Default with { Language = "en-GB" });
        Assert.Contains(doc.Body.Elements<DocumentFormat.OpenXml.Wordprocessing.Paragraph>(), p => p.InnerText == "Question ? Yes : no");
    }
}

public class DocxLinkedPictureTests
{
    [Fact]
    public void A_linked_picture_sits_beside_its_hyperlink_and_is_clickable_itself()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("a.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><rect width=\"10\" height=\"10\"/></svg>");
        using var doc = DocxTestDocument.Brief("[![](a.svg) le pacte](https://example.org/pacte.pdf)",
            assets: reference => new Itou.Export.Docx.DocxAsset(folder.File(reference), reference),
            links: url => new Itou.Export.Docx.Links.DocxLinkTarget.External(new Uri(url)));
        Assert.Empty(doc.ValidationErrors());
        var link = doc.Body.Descendants<DocumentFormat.OpenXml.Wordprocessing.Hyperlink>().Single();
        Assert.Empty(link.Descendants<DocumentFormat.OpenXml.Wordprocessing.Drawing>());
        Assert.Equal(" le pacte", link.InnerText);
        var picture = doc.Body.Descendants<DocumentFormat.OpenXml.Drawing.Wordprocessing.DocProperties>().Single();
        Assert.Equal(link.Id!.Value, picture.HyperlinkOnClick!.Id!.Value);
    }
}
