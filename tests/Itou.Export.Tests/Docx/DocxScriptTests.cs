using DocumentFormat.OpenXml.Wordprocessing;
using Itou.Export.Theming;

namespace Itou.Export.Tests.Docx;

/// <summary>DOCX read-back (issue 13 §7): East Asian, complex-script and right-to-left runs and paragraphs are marked for Word.</summary>
public sealed class DocxScriptTests
{
    private static readonly Theme English = Theme.Default with { Language = "en-US" };

    private static Run RunWith(DocxTestDocument doc, string text) =>
        doc.Body.Descendants<Run>().Single(r => r.InnerText == text);

    [Fact]
    public void A_paragraph_mixing_latin_and_chinese_is_cut_into_runs_and_the_chinese_one_is_east_asian()
    {
        using var doc = DocxTestDocument.Brief("The workshop 共同工作坊，每周六开放 opens on Saturdays.", English);

        var chinese = RunWith(doc, "共同工作坊，每周六开放 ");
        Assert.Equal("Microsoft YaHei", chinese.RunProperties!.RunFonts!.EastAsia!.Value);
        Assert.Equal(FontTypeHintValues.EastAsia, chinese.RunProperties.RunFonts.Hint!.Value);
        Assert.Equal("zh-CN", chinese.RunProperties.Languages!.EastAsia!.Value);
        Assert.Null(RunWith(doc, "The workshop ").RunProperties?.Languages);
        Assert.Null(RunWith(doc, "opens on Saturdays.").RunProperties?.Languages);
        Assert.Empty(doc.ValidationErrors());
    }

    [Theory]
    [InlineData("ちょっと待ってください", "ja-JP", "Yu Gothic")]
    [InlineData("공동 작업장은 토요일에 엽니다", "ko-KR", "Malgun Gothic")]
    public void Kana_is_japanese_and_hangul_korean(string text, string language, string font)
    {
        using var doc = DocxTestDocument.Brief($"Here: {text}", English);

        var run = RunWith(doc, text);
        Assert.Equal(language, run.RunProperties!.Languages!.EastAsia!.Value);
        Assert.Equal(font, run.RunProperties.RunFonts!.EastAsia!.Value);
    }

    [Fact]
    public void An_arabic_paragraph_is_right_to_left_and_its_runs_complex_script()
    {
        using var doc = DocxTestDocument.Brief("مرحبا بكم في الورشة **يوم السبت** 2026.\n\nA Latin paragraph with عربي inside.", English);

        var paragraphs = doc.Body.Descendants<Paragraph>().Where(p => p.InnerText.Any(c => c is >= '\u0600' and <= '\u06FF')).ToList();
        Assert.NotNull(paragraphs[0].ParagraphProperties?.BiDi);
        Assert.Null(paragraphs[1].ParagraphProperties?.BiDi);
        foreach (var run in paragraphs[0].Descendants<Run>().Where(r => r.InnerText.Any(char.IsLetter)))
        {
            Assert.NotNull(run.RunProperties!.RightToLeftText);
            Assert.NotNull(run.RunProperties.ComplexScript);
            Assert.Equal("ar-SA", run.RunProperties.Languages!.Bidi!.Value);
            Assert.Equal("Arial", run.RunProperties.RunFonts!.ComplexScript!.Value);
        }
        Assert.NotNull(RunWith(doc, "عربي ").RunProperties!.RightToLeftText);
        Assert.Null(RunWith(doc, "A Latin paragraph with ").RunProperties?.RightToLeftText);
        Assert.Empty(doc.ValidationErrors());
    }

    [Fact]
    public void Hebrew_and_thai_get_their_languages_and_thai_stays_left_to_right()
    {
        using var doc = DocxTestDocument.Brief("שלום לכולם\n\nยินดีต้อนรับสู่โรงซ่อม", English);

        var hebrew = RunWith(doc, "שלום לכולם");
        Assert.Equal("he-IL", hebrew.RunProperties!.Languages!.Bidi!.Value);
        var thai = RunWith(doc, "ยินดีต้อนรับสู่โรงซ่อม");
        Assert.Equal("th-TH", thai.RunProperties!.Languages!.Bidi!.Value);
        Assert.Equal("Leelawadee UI", thai.RunProperties.RunFonts!.ComplexScript!.Value);
        Assert.NotNull(thai.RunProperties.ComplexScript);
        Assert.Null(thai.RunProperties.RightToLeftText);
        Assert.Null(thai.Ancestors<Paragraph>().First().ParagraphProperties?.BiDi);
    }

    [Fact]
    public void Code_with_an_arabic_string_is_never_made_right_to_left()
    {
        using var doc = DocxTestDocument.Brief("```python\nprint(\"مرحبا\")\n```\n\nInline `x = \"مرحبا\"` code.", English);

        Assert.DoesNotContain(doc.Body.Descendants<Run>(), r => r.RunProperties?.RightToLeftText is not null);
        Assert.DoesNotContain(doc.Body.Descendants<Paragraph>(), p => p.ParagraphProperties?.BiDi is not null);
        Assert.Empty(doc.ValidationErrors());
    }

    [Theory]
    [InlineData("zh-CN", "Microsoft YaHei", "zh-CN", "Arial", "ar-SA")]
    [InlineData("zh-TW", "Microsoft JhengHei", "zh-TW", "Arial", "ar-SA")]
    [InlineData("ar", "Microsoft YaHei", "zh-CN", "Arial", "ar")]
    [InlineData("th-TH", "Microsoft YaHei", "zh-CN", "Leelawadee UI", "th-TH")]
    [InlineData("fr-FR", "Microsoft YaHei", "zh-CN", "Arial", "ar-SA")]
    public void The_style_defaults_name_east_asian_and_complex_script_fonts_and_languages(string language, string eastAsianFont, string eastAsian, string complexFont, string bidi)
    {
        using var doc = DocxTestDocument.Brief("Text.", Theme.Default with { Language = language });

        var defaults = doc.Main.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;
        Assert.Equal(eastAsianFont, defaults.RunFonts!.EastAsia!.Value);
        Assert.Equal(complexFont, defaults.RunFonts.ComplexScript!.Value);
        Assert.Equal(language, defaults.Languages!.Val!.Value);
        Assert.Equal(eastAsian, defaults.Languages.EastAsia!.Value);
        Assert.Equal(bidi, defaults.Languages.Bidi!.Value);
    }
}
