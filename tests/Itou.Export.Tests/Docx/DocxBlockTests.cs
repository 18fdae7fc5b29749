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
