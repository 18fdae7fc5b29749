using System.Globalization;
using Itou.Export.Localization;

namespace Itou.Export.Tests.Localization;

/// <summary>
/// The labels table: every language the issue names, each with every key and the same placeholders as
/// English (a translation that drops <c>{page}</c> would print no number), and patterns that format.
/// </summary>
public class LabelTableTests
{
    public static TheoryData<string> Languages => new(LabelTable.Languages.Order(StringComparer.Ordinal));

    [Fact]
    public void The_table_holds_the_fourteen_languages()
    {
        string[] expected = ["ar", "de", "en", "es", "fr", "he", "it", "ja", "ko", "nl", "pt", "ru", "zh-Hans", "zh-Hant"];
        Assert.Equal(expected, LabelTable.Languages.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Each_language_has_every_key_with_the_placeholders_of_english(string language)
    {
        var english = LabelTable.Of(LabelTable.English);
        var labels = LabelTable.Of(language);
        Assert.Equal(english.Keys.Order(StringComparer.Ordinal), labels.Keys.Order(StringComparer.Ordinal));
        foreach (var (key, pattern) in labels)
        {
            Assert.False(string.IsNullOrWhiteSpace(pattern), $"{language}.{key} is empty");
            Assert.Equal(Placeholders(english[key]), Placeholders(pattern));
        }
        // Each language's date pattern formats (a stray letter would throw or print garbage digits).
        Assert.Contains("2026", Labels.For(language, new Dictionary<string, string>(), () => null).Date(new DateOnly(2026, 12, 2)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fr-FR", "fr")]
    [InlineData("fr-CA", "fr")]
    [InlineData("en", "en")]
    [InlineData("pt-BR", "pt")]
    [InlineData("zh-CN", "zh-Hans")]
    [InlineData("zh", "zh-Hans")]
    [InlineData("zh-TW", "zh-Hant")]
    [InlineData("zh-Hant-HK", "zh-Hant")]
    [InlineData("ko-KR", "ko")]
    [InlineData("pl", null)]
    public void A_theme_language_tag_finds_its_table_language(string tag, string? expected) =>
        Assert.Equal(expected, LabelTable.LanguageOf(tag));

    [Fact]
    public void Dates_and_numbers_follow_the_culture()
    {
        var day = new DateOnly(2026, 12, 2);
        Assert.Equal("2 décembre 2026", Labels.For("fr-FR", new Dictionary<string, string>(), () => null).Date(day));
        Assert.Equal("December 2, 2026", Labels.For("en", new Dictionary<string, string>(), () => null).Date(day));
        Assert.Equal("2. Dezember 2026", Labels.For("de", new Dictionary<string, string>(), () => null).Date(day));
        Assert.Equal("2026年12月2日", Labels.For("zh-CN", new Dictionary<string, string>(), () => null).Date(day));
        Assert.Equal("2026년 12월 2일", Labels.For("ko", new Dictionary<string, string>(), () => null).Date(day));
        Assert.Equal("2 декабря 2026 г.", Labels.For("ru", new Dictionary<string, string>(), () => null).Date(day));
        Assert.Equal("1,5 Mo", Labels.For("fr", new Dictionary<string, string>(), () => null).FileSize(1536 * 1024));
        Assert.Equal("1.5 MB", Labels.For("en", new Dictionary<string, string>(), () => null).FileSize(1536 * 1024));
        Assert.Equal("512 o", Labels.For("fr", new Dictionary<string, string>(), () => null).FileSize(512));
    }

    [Fact]
    public void The_theme_language_wins_then_the_detected_one_then_english()
    {
        var none = new Dictionary<string, string>();
        Assert.Equal("Sommaire", Labels.For("fr-FR", none, () => "ko").Contents);
        Assert.Equal("목차", Labels.For(null, none, () => "ko").Contents);
        Assert.Equal("ko-KR", Labels.For(null, none, () => "ko").Language);
        Assert.Equal("Contents", Labels.For(null, none, () => null).Contents);
        Assert.Equal("en-US", Labels.For(null, none, () => null).Language);
        // A language the table lacks: English words, but that culture's dates.
        var polish = Labels.For("pl", none, () => null);
        Assert.Equal("Contents", polish.Contents);
        Assert.Equal(CultureInfo.GetCultureInfo("pl"), polish.Culture);
    }

    [Fact]
    public void A_theme_pattern_replaces_the_table_one_and_keeps_its_placeholders()
    {
        var labels = Labels.For("fr", new Dictionary<string, string> { ["pageOf"] = "{page} sur {pages}", ["contents"] = "Table des matières" }, () => null);
        Assert.Equal("3 sur 40", labels.PageOf(3, 40));
        Assert.Equal("Table des matières", labels.Contents);
        Assert.Equal("Onglet 2", labels.Tab(2));
    }

    [Fact]
    public void A_pattern_splits_into_text_and_placeholders_and_stray_braces_stay_text()
    {
        Assert.Equal(
            [new LabelPart("page ", null), new LabelPart("{page}", "page"), new LabelPart(" / ", null), new LabelPart("{pages}", "pages")],
            LabelPart.Split("page {page} / {pages}"));
        Assert.Equal("{ } {1} {", string.Concat(LabelPart.Split("{ } {1} {").Select(part => part.Text)));
        Assert.All(LabelPart.Split("{ } {1} {"), part => Assert.Null(part.Placeholder));
    }

    private static string[] Placeholders(string pattern) =>
        [.. LabelPart.Split(pattern).Select(part => part.Placeholder).OfType<string>().Order(StringComparer.Ordinal)];
}
