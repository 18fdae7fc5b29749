using Itou.Export.Pdf.Text;
using Itou.Export.Scripts;

namespace Itou.Export.Tests.Scripts;

/// <summary>Line breaking as this exporter tailors UAX #14: kinsoku, Korean keep-all, Thai and Lao words, French and Latin rules.</summary>
public sealed class LineBreakTests
{
    private static readonly TextStyle Body = new() { Size = 11 };

    /// <summary>The pieces a line may be cut into, in order.</summary>
    private static List<string> Pieces(string text)
    {
        var breaks = LineBreaks.Compute(text);
        var pieces = new List<string>();
        var start = 0;
        for (var i = 1; i <= text.Length; i++)
        {
            if (i == text.Length || breaks[i])
            {
                pieces.Add(text[start..i]);
                start = i;
            }
        }
        return pieces;
    }

    [Fact]
    public void Chinese_and_Japanese_break_between_characters_but_never_before_closing_punctuation_or_after_opening()
    {
        Assert.Equal(["我", "们", "的", "工", "作", "坊"], Pieces("我们的工作坊"));
        // No line starts with 。、，」）！？… and none ends with 「（.
        Assert.Equal(["你", "好，", "世", "界。"], Pieces("你好，世界。"));
        Assert.Equal(["他", "说", "「你", "好」。"], Pieces("他说「你好」。"));
        Assert.Equal(["（注", "意）", "真", "的！", "真", "的？", "等", "等…"], Pieces("（注意）真的！真的？等等…"));
        Assert.Equal(["東", "京、", "大", "阪"], Pieces("東京、大阪"));
        // Small kana and the long vowel mark stay with the kana before them (CJ resolved to NS).
        Assert.Equal(["ちょっ", "と", "コー", "ヒー"], Pieces("ちょっとコーヒー"));
    }

    [Fact]
    public void Korean_breaks_only_at_spaces()
    {
        Assert.Equal(["공동 ", "작업장은 ", "토요일에 ", "엽니다."], Pieces("공동 작업장은 토요일에 엽니다."));
    }

    [Fact]
    public void Thai_breaks_between_dictionary_words()
    {
        // "ภาษาไทย" (Thai language) "เป็น" (is) "ภาษา" (language) "ที่" (that) "สวย" (beautiful)
        Assert.Equal(["ภาษา", "ไทย", "เป็น", "ภาษา", "ที่", "สวย"], Pieces("ภาษาไทยเป็นภาษาที่สวย"));
        // A break never falls before a combining vowel or tone mark.
        var text = "ผู้ใช้งานสามารถดาวน์โหลดไฟล์ได้ที่นี่";
        var breaks = LineBreaks.Compute(text);
        Assert.True(breaks.Count(b => b) >= 5, string.Join("|", Pieces(text)));
        for (var i = 0; i < text.Length; i++)
            Assert.False(breaks[i] && char.GetUnicodeCategory(text[i]) == System.Globalization.UnicodeCategory.NonSpacingMark, $"break before a mark at {i}");
    }

    [Fact]
    public void Lao_breaks_between_dictionary_words()
    {
        // "ພາສາລາວ": language + Lao.
        Assert.Equal(["ພາສາ", "ລາວ"], Pieces("ພາສາລາວ"));
    }

    [Fact]
    public void French_no_break_spaces_keep_punctuation_and_guillemets_with_their_words()
    {
        Assert.Equal(["Vraiment\u202F?"], Pieces("Vraiment\u202F?"));
        Assert.Equal(["«\u00A0Bonjour\u00A0» ", "dit-", "il\u00A0: ", "oui\u202F!"], Pieces("«\u00A0Bonjour\u00A0» dit-il\u00A0: oui\u202F!"));
    }

    [Fact]
    public void A_hyphen_breaks_between_words_only_and_long_tokens_break_after_punctuation()
    {
        Assert.Equal(["porte-", "monnaie ", "--verbose ", "-5"], Pieces("porte-monnaie --verbose -5"));
        Assert.Equal(["https://", "example.", "org/", "docs/", "getting_", "started?", "lang=", "fr"], Pieces("https://example.org/docs/getting_started?lang=fr"));
        Assert.Equal(["a.b_c"], Pieces("a.b_c"));
    }

    [Fact]
    public void Thai_and_Chinese_lines_stay_within_the_width_and_keep_kinsoku_at_line_starts()
    {
        using var fonts = new FontLibrary(null, null, useSystemFonts: false);
        var thai = string.Concat(Enumerable.Repeat("ผู้ใช้งานสามารถดาวน์โหลดไฟล์ได้ที่นี่", 6));
        var chinese = string.Concat(Enumerable.Repeat("你好，世界。他说「你好」。我们的工作坊（注意）真的！", 6));
        foreach (var text in new[] { thai, chinese })
        {
            var shaped = ShapedText.Shape([new TextSpan(text, Body)], fonts, _ => { });
            foreach (var width in new[] { 60f, 97f, 150f })
            {
                var lines = LineBreaker.Break(shaped, width, ParagraphStyle.Default);
                Assert.True(lines.Count > 2);
                foreach (var line in lines)
                {
                    Assert.True(line.Width <= width + 0.01f, $"a line of {line.Width} pt in {width} pt");
                    var first = shaped.Text[shaped.Clusters[line.Start]];
                    Assert.DoesNotContain(first, "。、，」）！？…");
                    var last = shaped.Text[shaped.Clusters[line.End - 1]];
                    Assert.DoesNotContain(last, "「（");
                }
            }
        }
    }
}
