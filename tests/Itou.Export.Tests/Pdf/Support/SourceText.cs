using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Itou.Export.Markdown.Api;
using Itou.Export.Markdown.Code;
using Itou.Export.Markdown.Diagrams;
using Itou.Export.Markdown.Prompts;
using Itou.Export.Markdown.Tabs;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Itou.Export.Tests.Pdf.Support;

/// <summary>
/// The text a reader should find in the PDF for a page: everything written in its parsed (and cleaned)
/// syntax tree — literals, code, link texts, captions, tab and code titles — but no URLs, tags or alt
/// texts, which are not printed.
/// </summary>
internal static partial class SourceText
{
    public static string Of(MarkdownDocument document)
    {
        var text = new StringBuilder();
        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case TabBlock tab:
                    text.AppendLine().AppendLine(tab.Title);
                    break;
                case GitBookCodeBlock { Title: { } title }:
                    text.AppendLine().AppendLine(title);
                    break;
                case ApiOperationBlock api:
                    text.AppendLine().AppendLine(api.Summary).AppendLine(api.Path);
                    break;
                case PromptBlock { Description: { } description }:
                    text.AppendLine().AppendLine(description);
                    break;
                case DiagramBlock diagram:
                    text.AppendLine().AppendLine(diagram.Source);
                    break;
                case HtmlBlock html:
                    text.AppendLine(WebUtility.HtmlDecode(Tags().Replace(Lines(html), " ")));
                    break;
                case CodeBlock code:
                    text.AppendLine(Lines(code));
                    break;
                case LiteralInline literal when !Hidden(literal) && !InPageCard(literal):
                    text.Append(literal.Content.ToString());
                    break;
                case CodeInline code:
                    text.Append(' ').Append(code.Content).Append(' ');
                    break;
                case HtmlEntityInline entity:
                    text.Append(entity.Transcoded.ToString());
                    break;
                case AutolinkInline autolink:
                    text.Append(' ').Append(autolink.Url).Append(' ');
                    break;
                case LineBreakInline or HtmlInline:
                    text.Append(' ');
                    break;
                case LeafBlock:
                    text.AppendLine();
                    break;
            }
        }
        return text.ToString();
    }

    private static string Lines(LeafBlock block) =>
        block.Lines.Lines is null ? "" : string.Join("\n", block.Lines.Lines.Take(block.Lines.Count).Select(line => line.Slice.ToString()));

    // Alt texts are not printed when the picture is; a mention prints the page's title instead of its text.
    private static bool Hidden(Inline inline)
    {
        for (var parent = inline.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is LinkInline { IsImage: true } or LinkInline { Title: "mention" })
                return true;
        }
        return false;
    }

    // A page card prints the linked page's title and description, as GitBook does, not the link text written in it.
    private static bool InPageCard(Inline inline)
    {
        while (inline.Parent is not null)
            inline = inline.Parent;
        for (Block? block = (inline as ContainerInline)?.ParentBlock; block is not null; block = block.Parent)
        {
            if (block is Itou.Export.Markdown.ContentRefs.ContentRefBlock)
                return true;
        }
        return false;
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();
}
