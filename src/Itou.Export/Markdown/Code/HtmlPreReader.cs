using Itou.Export.Markdown.Html;
using Markdig.Helpers;
using Markdig.Syntax;

namespace Itou.Export.Markdown.Code;

/// <summary>
/// GitBook's HTML code form, <c>&lt;pre class="language-js" data-title data-line-numbers data-overflow="wrap"&gt;&lt;code&gt;…</c>:
/// a <see cref="GitBookCodeBlock"/> holding a fenced code block with the text decoded (<c>&amp;#x3C;</c> → <c>&lt;</c>)
/// and inline tags (<c>&lt;strong&gt;</c> highlights) stripped.
/// </summary>
internal static class HtmlPreReader
{
    public static GitBookCodeBlock Read(HtmlNode pre)
    {
        var tag = pre.Tag!;
        var code = pre.Find("code");
        var language = Language(tag.Attribute("class")) ?? Language(code?.Tag?.Attribute("class")) ?? "";
        var fence = new FencedCodeBlock(null!) { Info = language, FencedChar = '`', OpeningFencedCharCount = 3, ClosingFencedCharCount = 3 };
        var text = RawText(code ?? pre).Trim('\n');
        var lines = new StringLineGroup(4);
        foreach (var line in text.Split('\n')) lines.Add(new StringSlice(line, NewLine.LineFeed));
        fence.Lines = lines;
        var block = new GitBookCodeBlock(null)
        {
            Title = tag.Attribute("data-title") is { Length: > 0 } title ? title : null,
            LineNumbers = tag.Attributes.ContainsKey("data-line-numbers") && tag.Attribute("data-line-numbers") != "false",
            Wrap = tag.Attribute("data-overflow") == "wrap",
            FullWidth = tag.Attribute("data-full-width") == "true",
            Expandable = tag.Attribute("data-expandable") == "true",
        };
        block.Add(fence);
        return block;
    }

    private static string? Language(string? classes) =>
        (classes ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(c => c.StartsWith("language-", StringComparison.Ordinal) ? c[9..] : c.StartsWith("lang-", StringComparison.Ordinal) ? c[5..] : null)
            .FirstOrDefault(l => l is { Length: > 0 });

    /// <summary>The text under a node with whitespace kept as written (code), tags dropped.</summary>
    private static string RawText(HtmlNode node)
    {
        var text = new System.Text.StringBuilder();
        var stack = new Stack<HtmlNode>();
        stack.Push(node);
        while (stack.Count > 0)
        {
            var current = stack.Pop();
            if (current.Tag is null) text.Append(current.Text);
            else if (current.Name == "br") text.Append('\n');
            for (var i = current.Children.Count - 1; i >= 0; i--) stack.Push(current.Children[i]);
        }
        return text.ToString();
    }
}
