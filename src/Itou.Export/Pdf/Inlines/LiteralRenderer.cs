using Markdig.Renderers;
using Markdig.Syntax.Inlines;

namespace Itou.Export.Pdf.Inlines;

/// <summary>Plain text (and emoji, which Markdig stores as literals).</summary>
internal sealed class LiteralRenderer : MarkdownObjectRenderer<PdfRenderer, LiteralInline>
{
    protected override void Write(PdfRenderer renderer, LiteralInline obj)
    {
        renderer.Inlines.Append(obj.Content.ToString());
        renderer.Ledger.Written(obj);
    }
}

/// <summary>An inline container of no particular kind (link delimiters left open): its children.</summary>
internal sealed class ContainerInlineRenderer : MarkdownObjectRenderer<PdfRenderer, ContainerInline>
{
    protected override void Write(PdfRenderer renderer, ContainerInline obj) => renderer.WriteChildren(obj);
}

/// <summary>An HTML entity: its decoded text.</summary>
internal sealed class HtmlEntityRenderer : MarkdownObjectRenderer<PdfRenderer, HtmlEntityInline>
{
    protected override void Write(PdfRenderer renderer, HtmlEntityInline obj) => renderer.Inlines.Append(obj.Transcoded.ToString());
}

/// <summary>A hard line break starts a new line; a soft one (a line end in the source) is a space.</summary>
internal sealed class LineBreakRenderer : MarkdownObjectRenderer<PdfRenderer, LineBreakInline>
{
    protected override void Write(PdfRenderer renderer, LineBreakInline obj) => renderer.Inlines.Append(obj.IsHard ? "\n" : " ");
}
