using Markdig.Renderers;
using Markdig.Syntax.Inlines;

namespace Itou.Export.Pdf.Inlines;

/// <summary>
/// An HTML tag the dialect left in the text. Tags carry no words; <c>&lt;br&gt;</c> starts a new line.
/// (Anchors, marks, images, keys and buttons are typed nodes by then.)
/// </summary>
internal sealed class HtmlInlineRenderer : MarkdownObjectRenderer<PdfRenderer, HtmlInline>
{
    protected override void Write(PdfRenderer renderer, HtmlInline obj)
    {
        var tag = obj.Tag.TrimStart('<', '/').TrimStart();
        if (tag.StartsWith("br", StringComparison.OrdinalIgnoreCase) && (tag.Length == 2 || !char.IsAsciiLetter(tag[2])))
            renderer.Inlines.Append("\n");
    }
}
