using System.Net;
using System.Text.RegularExpressions;
using Itou.Export.Publishing;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Itou.Export.Pdf.Blocks;

/// <summary>
/// Raw HTML the dialect did not turn into a typed node: its text is printed as a paragraph (tags
/// dropped, entities decoded) and reported, so no words are lost. Comments print nothing.
/// </summary>
internal sealed partial class HtmlBlockRenderer : MarkdownObjectRenderer<PdfRenderer, HtmlBlock>
{
    protected override void Write(PdfRenderer renderer, HtmlBlock obj)
    {
        var html = string.Join("\n", CodeBox.LinesOf(obj));
        var text = WebUtility.HtmlDecode(Spaces().Replace(Tags().Replace(Comments().Replace(html, ""), " "), " ")).Trim();
        if (text.Length == 0)
            return;
        renderer.Report(DiagnosticCodes.PdfRawHtml, obj, "HTML block printed as plain text (its tags are not drawn).", DiagnosticSeverity.Info);
        if (renderer.Paragraph(builder => builder.Append(text), renderer.BodyStyle) is { } paragraph)
            renderer.Add(paragraph);
    }

    [GeneratedRegex("<!--.*?-->", RegexOptions.Singleline)]
    private static partial Regex Comments();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
