using Itou.Export.Scripts;

namespace Itou.Export.Tests.Scripts;

/// <summary>Hand cases of UAX #9 on text, as the PDF writer calls it: levels, paragraph direction, visual order.</summary>
public sealed class BidiParagraphTests
{
    /// <summary>The text of one line put in visual order (left to right).</summary>
    private static string Visual(string text, byte? direction = null)
    {
        var paragraph = BidiParagraph.Resolve(text, direction);
        var order = BidiParagraph.VisualOrder(paragraph.LineLevels(0, text.Length));
        return string.Concat(order.Select(i => text[i]));
    }

    [Fact]
    public void Hebrew_inside_a_left_to_right_sentence_is_reversed_alone()
    {
        Assert.Equal(0, BidiParagraph.Resolve("see שלום now", null).Level);
        Assert.Equal("see םולש now", Visual("see שלום now"));
    }

    [Fact]
    public void Numbers_keep_their_order_inside_right_to_left_text()
    {
        // "in 2024 a year": the digits stay 2024 read left to right, the words around them run right to left.
        var text = "בשנת 2024 שנה";
        Assert.Equal(1, BidiParagraph.Resolve(text, null).Level);
        Assert.Equal("הנש 2024 תנשב", Visual(text));
    }

    [Fact]
    public void The_first_strong_character_gives_the_direction_and_arabic_makes_european_digits_arabic_numbers()
    {
        var paragraph = BidiParagraph.Resolve("123 مرحبا", null);
        Assert.Equal(1, paragraph.Level);
        // W2: digits after nothing strong but in a right-to-left paragraph are EN, raised to level 2.
        Assert.Equal(2, paragraph.Levels[0]);
        Assert.Equal(1, paragraph.Levels[4]);
    }

    [Fact]
    public void Brackets_pair_with_their_content_direction()
    {
        // N0: the brackets around Hebrew in a right-to-left paragraph resolve to R; drawn mirrored, they read as (…) again.
        var text = "אב (גד) הו";
        var paragraph = BidiParagraph.Resolve(text, null);
        Assert.Equal(1, paragraph.Levels[3]);
        Assert.Equal(1, paragraph.Levels[6]);
        Assert.Equal(')', (char)BidiData.Mirror('('));
    }

    [Fact]
    public void Trailing_spaces_go_to_the_paragraph_level_and_joiners_stay_with_their_letter()
    {
        var text = "abc \u05D0\u200D\u05D1  ";
        var paragraph = BidiParagraph.Resolve(text, 0);
        var line = paragraph.LineLevels(0, text.Length);
        Assert.Equal([0, 0, 0, 0, 1, 1, 1, 0, 0], line);
        Assert.True(paragraph.IsRemoved(5));
    }

    [Fact]
    public void Both_halves_of_a_character_beyond_the_basic_plane_get_its_level()
    {
        // U+10900 PHOENICIAN LETTER ALF is R (the layout reorders whole clusters, never code units).
        var paragraph = BidiParagraph.Resolve("a \U00010900\U00010901", null);
        Assert.Equal([0, 0, 1, 1, 1, 1], paragraph.Levels);
    }

    [Fact]
    public void Plain_left_to_right_text_resolves_without_work_and_a_forced_direction_is_kept()
    {
        Assert.All(BidiParagraph.Resolve("Réparer un vélo (2024).", null).Levels, level => Assert.Equal(0, level));
        Assert.Equal(1, BidiParagraph.Resolve("abc", 1).Level);
        Assert.Equal("abc", Visual("abc", 1));
    }
}
