using Itou.Export.Markdown.Buttons;
using Itou.Export.Markdown.Figures;
using Itou.Export.Markdown.Icons;
using Itou.Export.Markdown.Keyboard;
using Itou.Export.Markdown.Marks;
using Itou.Export.Publishing;
using Markdig.Syntax.Inlines;

namespace Itou.Export.Markdown.Html;

/// <summary>
/// The one table from inline HTML elements to typed inlines, shared by the pass over Markdig's
/// <see cref="HtmlInline"/> runs and by the HTML block converter. <c>&lt;u&gt;</c>, <c>&lt;sup&gt;</c>,
/// <c>&lt;sub&gt;</c>, <c>&lt;s&gt;</c> use Markdig's emphasis-extras delimiters (<c>++</c>, <c>^</c>, <c>~</c>, <c>~~</c>).
/// </summary>
internal static class InlineElements
{
    /// <summary>The container an element's content goes into, or null to keep the content without the tag.</summary>
    public static ContainerInline? Container(HtmlTag tag, PageState page) => tag.Name switch
    {
        "strong" or "b" => Emphasis('*', 2),
        "em" => Emphasis('*', 1),
        "i" when !IsIcon(tag) => Emphasis('*', 1),
        "u" or "ins" => Emphasis('+', 2),
        "s" or "del" or "strike" => Emphasis('~', 2),
        "sup" => Emphasis('^', 1),
        "sub" => Emphasis('~', 1),
        "kbd" => new KeyboardInline(),
        "mark" => new MarkInline { Color = tag.Style("color"), BackgroundColor = tag.Style("background-color") },
        "a" when tag.HasClass("button") && tag.Attribute("href") is { } href =>
            new ButtonInline { Url = href.Trim(), Primary = !tag.HasClass("secondary"), Icon = tag.Attribute("data-icon") },
        "a" when IsLink(tag) => new LinkInline { Url = tag.Attribute("href")!.Trim(), Title = tag.Attribute("title") },
        "span" or "a" or "font" or "small" or "big" or "abbr" or "cite" or "q" or "label" or "p" or "div" => null,
        _ => Unsupported(tag, page),
    };

    /// <summary>Elements whose content is read as text: <c>&lt;code&gt;</c> (and GitBook variable expressions) and icons.</summary>
    public static bool TakesText(HtmlTag tag) => tag.Name == "code" || IsIcon(tag);

    public static Inline FromText(HtmlTag tag, string text, PageState page, int line)
    {
        if (IsIcon(tag))
            return new IconInline { Name = IconName(tag), Fallback = Emoji.Shortcodes.Replace(text.Trim()) };
        if (tag.HasClass("expression"))
            return Variable(text.Trim(), page, line);
        return new CodeInline(text) { Delimiter = '`', DelimiterCount = 1 };
    }

    /// <summary>A void element (<c>&lt;br&gt;</c>, <c>&lt;img&gt;</c>) as an inline, or null when it has no inline meaning.</summary>
    public static Inline? Void(HtmlTag tag) => tag.Name switch
    {
        "br" => new LineBreakInline { IsHard = true },
        "img" when tag.Attribute("src") is { Length: > 0 } src => new HtmlImageInline(src.Trim(), tag.Attribute("alt") ?? "")
        {
            Width = tag.Attribute("width"),
            LineSized = tag.Attribute("data-size") == "line",
        },
        _ => null,
    };

    private static LiteralInline Variable(string expression, PageState page, int line)
    {
        if (page.Context.Variables.TryGetValue(expression, out var value)) return new LiteralInline(value);
        page.Report(DiagnosticCodes.MarkdownUnknownVariable, line, $"Variable '{expression}' is not defined: its name is printed.");
        return new LiteralInline(expression);
    }

    /// <summary>An <c>&lt;a&gt;</c> that goes somewhere (GitBook's own <c>&lt;a href="#x" id="x"&gt;</c> is an anchor, not a link).</summary>
    private static bool IsLink(HtmlTag tag) =>
        tag.Attribute("href") is { } href && href.Trim() is { Length: > 0 } target && target != "#" && target != "#" + tag.Attribute("id");

    private static bool IsIcon(HtmlTag tag) =>
        tag.Name == "i" && (tag.Attribute("class") ?? "").Split(' ').Any(c => c.StartsWith("fa-", StringComparison.Ordinal));

    private static string IconName(HtmlTag tag) =>
        (tag.Attribute("class") ?? "").Split(' ').Where(c => c.StartsWith("fa-", StringComparison.Ordinal) && c is not ("fa-solid" or "fa-regular" or "fa-brands" or "fa-light"))
            .Select(c => c[3..]).FirstOrDefault() ?? "";

    private static EmphasisInline Emphasis(char delimiter, int count) => new() { DelimiterChar = delimiter, DelimiterCount = count };

    private static ContainerInline? Unsupported(HtmlTag tag, PageState page)
    {
        page.ReportOnce(DiagnosticCodes.MarkdownUnsupportedHtml, tag.Name, $"HTML <{tag.Name}> has no meaning in print: its content is kept, the tag dropped.");
        return null;
    }
}
