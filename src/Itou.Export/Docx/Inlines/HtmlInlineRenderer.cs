using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Syntax.Inlines;

namespace Itou.Export.Docx.Inlines;

/// <summary>
/// Inline HTML tags the dialect leaves as raw inlines: <c>&lt;br&gt;</c> and a new <c>&lt;p&gt;</c> break the line,
/// <c>&lt;strong&gt;</c>, <c>&lt;b&gt;</c>, <c>&lt;em&gt;</c>, <c>&lt;i&gt;</c>, <c>&lt;u&gt;</c>, <c>&lt;s&gt;</c>,
/// <c>&lt;sup&gt;</c>, <c>&lt;sub&gt;</c> switch formatting on and off until the paragraph ends;
/// other tags carry no text and are dropped.
/// </summary>
internal sealed partial class HtmlInlineRenderer : DocxObjectRenderer<HtmlInline>
{
    protected override void Write(DocxRenderer renderer, HtmlInline obj)
    {
        var match = TagName().Match(obj.Tag);
        if (!match.Success)
            return;
        var closing = match.Groups[1].Value == "/";
        switch (match.Groups[2].Value.ToLowerInvariant())
        {
            case "br":
                renderer.AppendRunContent(new Break());
                break;
            case "p" when !closing && renderer.HasRunsInParagraph:
                renderer.AppendRunContent(new Break());
                break;
            case "strong" or "b":
                renderer.HtmlToggles.Bold += closing ? -1 : 1;
                break;
            case "em" or "i":
                renderer.HtmlToggles.Italic += closing ? -1 : 1;
                break;
            case "u" or "ins":
                renderer.HtmlToggles.Underline += closing ? -1 : 1;
                break;
            case "s" or "del" or "strike":
                renderer.HtmlToggles.Strike += closing ? -1 : 1;
                break;
            case "sup":
                renderer.HtmlToggles.Superscript += closing ? -1 : 1;
                break;
            case "sub":
                renderer.HtmlToggles.Subscript += closing ? -1 : 1;
                break;
        }
    }

    [GeneratedRegex(@"^<\s*(/?)\s*([A-Za-z][A-Za-z0-9]*)")]
    private static partial Regex TagName();
}
