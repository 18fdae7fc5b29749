using Itou.Export.Pdf.Layout;
using Itou.Export.Pdf.Text;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Itou.Export.Pdf.Blocks;

/// <summary>
/// A paragraph in the current body style and alignment. A lead-in (a paragraph ending with ":" just
/// before a list or a table) is kept on the page where the list or table starts.
/// </summary>
internal sealed class ParagraphRenderer : MarkdownObjectRenderer<PdfRenderer, ParagraphBlock>
{
    protected override void Write(PdfRenderer renderer, ParagraphBlock obj)
    {
        var paragraph = renderer.Alignment == TextAlignment.Left ? null : new ParagraphStyle { Alignment = renderer.Alignment };
        if (renderer.Paragraph(obj.Inline, renderer.BodyStyle, paragraph) is { } element)
            renderer.Add(IsLeadIn(obj) ? new KeepWithNext(element) : element);
    }

    private static bool IsLeadIn(ParagraphBlock paragraph)
    {
        if (paragraph.Parent is not { } parent)
            return false;
        var index = parent.IndexOf(paragraph);
        var next = index + 1 < parent.Count ? parent[index + 1] : null;
        return next is ListBlock or Markdig.Extensions.Tables.Table
            && paragraph.Inline?.Descendants<LiteralInline>().LastOrDefault() is { } last
            && last.Content.ToString().TrimEnd().EndsWith(':');
    }
}
