using Itou.Export.Publishing;
using Markdig.Extensions.Emoji;

namespace Itou.Export.Tests.Markdown;

/// <summary>Emoji shortcodes (issue 14 §2): Markdig's table, completed by gemoji and Emojibase; unknown names reported once.</summary>
public sealed class EmojiSpecTests
{
    [Theory]
    [InlineData(":tada:", "🎉")]
    [InlineData(":books:", "📚")]
    [InlineData(":abacus:", "🧮")]
    [InlineData(":partying_face:", "🥳")]
    [InlineData(":notepad_spiral:", "🗒")]
    public void Shortcodes_from_every_table_become_emoji(string shortcode, string emoji)
    {
        var parsed = new Parsed($"Done {shortcode} here");
        Assert.StartsWith(emoji, parsed.Single<EmojiInline>().Content.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(parsed.Texts, t => t.Contains(shortcode, StringComparison.Ordinal));
        Assert.Empty(parsed.Codes);
    }

    [Fact]
    public void An_unknown_shortcode_stays_text_and_is_reported_once_as_information()
    {
        var parsed = new Parsed("Hello :no_such_emoji: and :other_unknown:.\n\nAgain :no_such_emoji:.");
        Assert.Contains(parsed.Texts, t => t.Contains(":no_such_emoji:", StringComparison.Ordinal));
        var diagnostic = Assert.Single(parsed.Diagnostics.Items);
        Assert.Equal((DiagnosticCodes.MarkdownUnknownEmoji, 1, DiagnosticSeverity.Info), (diagnostic.Code, diagnostic.Line, diagnostic.Severity));
        Assert.Contains(":no_such_emoji:, :other_unknown:", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("At 12:30:00 on port :8080: see `:not_code:` and http://host:80:")]
    [InlineData("```\n:in_a_fence:\n```")]
    public void Times_ports_and_code_are_not_shortcodes(string markdown)
    {
        Assert.Empty(new Parsed(markdown).Codes);
    }

    [Fact]
    public void Every_gemoji_name_is_known()
    {
        // gemoji 8.1.0's names, as the supplement was generated from: a few of each Unicode era.
        foreach (var name in new[] { "grinning", "smiling_face_with_three_hearts", "yawning_face", "melting_face", "shaking_face", "spiral_notepad", "abacus" })
            Assert.NotEmpty(new Parsed($":{name}:").All<EmojiInline>());
    }
}
