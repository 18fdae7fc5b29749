using System.Text;
using CsCheck;
using Itou.Export.Publishing;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Itou.Export.Tests.Markdown;

/// <summary>Hostile and broken pages: a diagnostic, the words kept, never an exception or a stack overflow.</summary>
public sealed class DialectRobustnessTests
{
    private const int Deep = 5_000;

    public static TheoryData<string, string> DeepPages() => new()
    {
        { "list by indentation", string.Concat(Enumerable.Range(0, Deep).Select(i => new string(' ', 2 * i) + "- deep " + i + "\n")) },
        { "list markers on one line", string.Concat(Enumerable.Repeat("- ", Deep)) + "deep" },
        { "ordered markers on one line", string.Concat(Enumerable.Repeat("1. ", Deep)) + "deep" },
        { "quote", new string('>', Deep) + " deep" },
        { "quote with spaces", string.Concat(Enumerable.Repeat("> ", Deep)) + "deep" },
        { "hints", string.Concat(Enumerable.Repeat("{% hint style=\"info\" %}\n", Deep)) + "deep\n" + string.Concat(Enumerable.Repeat("{% endhint %}\n", Deep)) },
        { "emphasis", new string('*', Deep) + "deep" + new string('*', Deep) },
        { "images", string.Concat(Enumerable.Repeat("![", Deep)) + "deep" + string.Concat(Enumerable.Repeat("](x.png)", Deep)) },
        { "links", string.Concat(Enumerable.Repeat("[", Deep)) + "deep" + string.Concat(Enumerable.Repeat("](x.md)", Deep)) },
        { "marks", string.Concat(Enumerable.Repeat("<mark style=\"color:red;\">", Deep)) + "deep" + string.Concat(Enumerable.Repeat("</mark>", Deep)) },
        { "html block", "<div>\n" + string.Concat(Enumerable.Repeat("<div><table><tr><td>", Deep)) + "deep" + string.Concat(Enumerable.Repeat("</td></tr></table></div>", Deep)) + "\n</div>" },
        { "details", string.Concat(Enumerable.Repeat("<details>\n\n<summary>s</summary>\n\n", Deep)) + "deep\n\n" + string.Concat(Enumerable.Repeat("</details>\n\n", Deep)) },
    };

    [Theory]
    [MemberData(nameof(DeepPages))]
    public void Five_thousand_levels_of_nesting_are_flattened_not_fatal(string kind, string markdown)
    {
        var parsed = new Parsed(markdown);
        Assert.Contains(parsed.Texts, t => t.Contains("deep", StringComparison.Ordinal));
        Assert.True(Depth(parsed.Document) < 4 * new ExportLimits().MaxNestingDepth, $"{kind}: tree depth {Depth(parsed.Document)}");
        Assert.DoesNotContain(DiagnosticCodes.MarkdownParseFailed, parsed.Codes);
    }

    [Fact]
    public void Deep_nesting_is_reported()
    {
        var parsed = new Parsed(new string('>', Deep) + " deep");
        Assert.Contains(DiagnosticCodes.LimitNesting, parsed.Codes);
    }

    [Fact]
    public void A_20_MB_page_parses()
    {
        var paragraph = "## Titre <a href=\"#t\" id=\"t\"></a>\n\n{% hint style=\"info\" %}\nUn **texte** avec un [lien](page.md) et :blush: &#x20;\n{% endhint %}\n\n| a | b |\n| - | - |\n| <p>x</p><p>y</p> | z |\n\n";
        var page = new StringBuilder(21 * 1024 * 1024);
        while (page.Length < 20 * 1024 * 1024) page.Append(paragraph);
        var parsed = new Parsed(page.ToString());
        Assert.True(parsed.Document.Count > 100_000);
    }

    [Theory]
    [InlineData("{% hint style=\"info\" %}\nno end")]
    [InlineData("{% endhint %}\n{% endtabs %}")]
    [InlineData("{% tabs %}\n{% tab title=\"a\" %}\n{% endtabs %}\n{% endtab %}")]
    [InlineData("\0\0\0{%\0%}\0")]
    [InlineData("\uD800 lone surrogate \uDFFF and \uFFFE")]
    [InlineData("{% %}{% %}{%")]
    [InlineData("<details><summary>")]
    [InlineData("<table><tr><td>unclosed")]
    [InlineData("<pre class=\"language-js\"><code>")]
    [InlineData("```\nunclosed fence {% hint %}")]
    public void Broken_input_gives_text_and_no_exception(string markdown)
    {
        var parsed = new Parsed(markdown);
        AssertClean(parsed);
    }

    [Fact]
    public void Random_markdown_never_throws_and_never_leaks_raw_tags()
    {
        var alphabet = Gen.Char["{%}*_[]()<>!#`\\-:| \n\t&;\"=/ab1.\0\u200B\r$^~+"];
        var words = Gen.OneOf("{% hint style=\"info\" %}", "{% endhint %}", "{% tabs %}", "{% tab title=\"t\" %}", "{% endtab %}", "{% endtabs %}",
            "{% file src=\"a.pdf\" %}", "{% endfile %}", "<details>", "</details>", "<summary>", "<mark style=\"color:red;\">", "</mark>",
            "<table>", "<td>", "</table>", "<strong>", "</strong>", "&#x20;", "****", "\\*\\*\\*\\*", ":point\\_right:", "\n\n", "\n> ", "\n- ", "\n    ");
        // A fixed seed keeps CI reproducible (this one caught `{%` left in single-dollar math printed back as text);
        // ITOU_FUZZ_SEED replays or explores other seeds.
        Gen.OneOf(Gen.String[alphabet, 0, 300], words.Array[0, 60].Select(string.Concat))
            .Sample(markdown => AssertClean(new Parsed(markdown)), seed: Environment.GetEnvironmentVariable("ITOU_FUZZ_SEED") ?? "0N0XIzNmUj9g", iter: 2_000);
    }

    private static void AssertClean(Parsed parsed)
    {
        // Code spans may show `{%` (a page documenting Liquid); printed text may not.
        foreach (var text in parsed.All<LiteralInline>().Select(l => l.Content.ToString()))
        {
            Assert.DoesNotContain("{%", text, StringComparison.Ordinal);
            Assert.DoesNotContain('\0', text);
            Assert.DoesNotContain('\u200B', text);
        }
        Assert.Empty(parsed.All<HtmlInline>());
        Assert.Empty(parsed.All<HtmlBlock>());
    }

    private static int Depth(MarkdownObject root)
    {
        var deepest = 0;
        var stack = new Stack<(MarkdownObject Node, int Depth)>();
        stack.Push((root, 0));
        while (stack.Count > 0)
        {
            var (node, depth) = stack.Pop();
            deepest = Math.Max(deepest, depth);
            IEnumerable<MarkdownObject> children = node switch
            {
                ContainerBlock container => container,
                LeafBlock { Inline: { } inline } => [inline],
                ContainerInline inlines => inlines,
                _ => [],
            };
            foreach (var child in children) stack.Push((child, depth + 1));
        }
        return deepest;
    }
}
