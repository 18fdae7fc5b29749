using System.Net;
using System.Text.RegularExpressions;
using Markdig.Syntax;

namespace Itou.Export.Docx.Blocks;

/// <summary>
/// Raw HTML the dialect did not turn into a node: its text is kept (tags dropped, entities
/// decoded, one paragraph per HTML paragraph or line break) so no words are lost; comments vanish.
/// </summary>
internal sealed partial class HtmlBlockRenderer : DocxObjectRenderer<HtmlBlock>
{
    protected override void Write(DocxRenderer renderer, HtmlBlock obj)
    {
        var html = obj.Lines.ToString();
        foreach (var paragraph in Paragraphs(html))
            renderer.WriteParagraph(renderer.Scope.ParagraphStyle, () => renderer.WriteText(paragraph));
    }

    /// <summary>The text paragraphs of an HTML fragment.</summary>
    public static IEnumerable<string> Paragraphs(string html)
    {
        var withoutComments = Comment().Replace(html, " ");
        var broken = BlockBoundary().Replace(withoutComments, "\n");
        return Tag().Replace(broken, " ")
            .Split('\n')
            .Select(p => Spaces().Replace(WebUtility.HtmlDecode(p), " ").Trim())
            .Where(p => p.Length > 0);
    }

    [GeneratedRegex("<!--.*?-->", RegexOptions.Singleline)]
    private static partial Regex Comment();

    [GeneratedRegex(@"<\s*(br|/p|/div|/li|/tr|/h[1-6]|/summary|/figcaption)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockBoundary();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"[ \t\r\n]+")]
    private static partial Regex Spaces();
}
