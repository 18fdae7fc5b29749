using System.Globalization;
using Itou.Export.Pdf.Text;
using Itou.Export.Publishing;
using Itou.Export.Tests.Support;

namespace Itou.Export.Tests.Pdf.Text;

public sealed class FontFallbackTests
{
    private static readonly TextStyle Body = new();

    [Theory]
    [InlineData("é à ç œ É Î « » ’ “ ” … – € °", "NotoSans-Regular.ttf")]
    [InlineData("\u00A0\u202F", "NotoSans-Regular.ttf")]
    [InlineData("→ ≈ ⚠ ✓ ☐", "DejaVuSans.ttf")]
    [InlineData("⚠️ ✅ ⌛ ♿ 👉 1️⃣ 🇫🇷 👩‍💻 🤝 🟢", "NotoColorEmoji.ttf")]
    [InlineData("Tiếng Việt Ελληνικά Русский", "NotoSans-Regular.ttf")]
    [InlineData("简体中文 繁體中文 ひらがな カタカナ 漢字 한국어", "WenQuanYiMicroHei.ttc")]
    [InlineData("العربية", "NotoSansArabic-Regular.ttf")]
    [InlineData("עברית", "NotoSansHebrew-Regular.ttf")]
    [InlineData("हिन्दी", "NotoSansDevanagari-Regular.ttf")]
    [InlineData("ภาษาไทย", "NotoSansThai-Regular.ttf")]
    public void Each_character_gets_a_font_that_draws_it(string text, string expectedFont)
    {
        using var fonts = new FontLibrary();
        var missing = new List<string>();
        foreach (var cluster in Clusters(text))
        {
            var face = fonts.FaceFor(Body, cluster, missing.Add);
            Assert.True(face.Name == expectedFont, $"'{cluster}' (U+{char.ConvertToUtf32(cluster, 0):X4}) drawn with {face.Name}, expected {expectedFont}");
        }
        Assert.Empty(missing);
    }

    [Fact]
    public void Code_falls_back_to_the_sans_font_for_characters_the_monospace_font_lacks()
    {
        using var fonts = new FontLibrary();

        Assert.Equal("DejaVuSansMono.ttf", fonts.FaceFor(Body.Monospace(), "a", _ => { }).Name);
        Assert.Equal("NotoColorEmoji.ttf", fonts.FaceFor(Body.Monospace(), "🚀", _ => { }).Name);
    }

    [Fact]
    public void No_character_of_the_corpus_is_drawn_as_a_missing_glyph()
    {
        var corpus = TestPaths.CorpusOrSkip();
        var characters = Directory.EnumerateFiles(corpus, "*.md", SearchOption.AllDirectories)
            .SelectMany(file => Clusters(File.ReadAllText(file)))
            .Where(cluster => cluster.Any(c => c > 127))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        using var fonts = new FontLibrary();
        var missing = new List<string>();

        var shaped = ShapedText.Shape([new TextSpan(string.Join(" ", characters), Body)], fonts, missing.Add);

        Assert.True(missing.Count == 0, string.Join("\n", missing));
        var notDef = Enumerable.Range(0, shaped.Count).Where(g => shaped.Glyphs[g] == 0).Select(g => shaped.Text[shaped.Clusters[g]..].Split(' ')[0]);
        Assert.Empty(notDef);
    }

    private static IEnumerable<string> Clusters(string text)
    {
        var enumerator = StringInfo.GetTextElementEnumerator(text);
        while (enumerator.MoveNext())
        {
            var cluster = (string)enumerator.Current;
            if (cluster != " ")
                yield return cluster;
        }
    }
}
