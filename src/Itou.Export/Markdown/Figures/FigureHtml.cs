using Itou.Export.Markdown.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Itou.Export.Markdown.Figures;

/// <summary>Reads <c>&lt;figure&gt;</c>, <c>&lt;picture&gt;</c> and block <c>&lt;img&gt;</c> into a <see cref="FigureBlock"/>.</summary>
internal static class FigureHtml
{
    public static FigureBlock? Read(HtmlNode node, HtmlConverter converter, FigureAlign align)
    {
        var image = node.Name == "img" ? node : node.Find("img");
        if (image?.Tag?.Attribute("src") is not { Length: > 0 } source) return null;
        var picture = node.Name == "picture" ? node : node.Find("picture");
        var caption = node.Find("figcaption");
        return new FigureBlock(null)
        {
            Source = source.Trim(),
            Alt = image.Tag.Attribute("alt") ?? "",
            Width = image.Tag.Attribute("width"),
            Align = ParseAlign(node.Tag?.Attribute("align") ?? image.Tag.Attribute("align")) is var own && own != FigureAlign.Default ? own : align,
            DarkSource = picture?.Children.FirstOrDefault(s => s.Name == "source" && (s.Tag!.Attribute("media") ?? "").Contains("dark", StringComparison.Ordinal))?.Tag!.Attribute("srcset"),
            Inline = caption is null ? null : converter.Inlines(caption.Children) is { FirstChild: not null } inlines ? inlines : null,
            ProcessInlines = false,
        };
    }

    public static FigureAlign ParseAlign(string? align) => align?.Trim().ToLowerInvariant() switch
    {
        "left" => FigureAlign.Left,
        "center" or "centre" or "middle" => FigureAlign.Center,
        "right" => FigureAlign.Right,
        _ => FigureAlign.Default,
    };

    /// <summary>A paragraph holding nothing but one Markdown image, as a figure (used under <c>&lt;div align&gt;</c>).</summary>
    public static FigureBlock? FromImageParagraph(ParagraphBlock paragraph, FigureAlign align)
    {
        if (paragraph.Inline?.FirstChild is not LinkInline { IsImage: true } image || image.NextSibling is not null) return null;
        return new FigureBlock(null)
        {
            Source = image.Url ?? "",
            Alt = InlineText.Of(image),
            Width = (image as HtmlImageInline)?.Width,
            Align = align,
            Line = paragraph.Line,
            Column = paragraph.Column,
            Span = paragraph.Span,
        };
    }
}
