using Itou.Export.Docx.Styling;
using Markdig.Syntax;

namespace Itou.Export.Docx.Blocks;

/// <summary>A block quote: its paragraphs in the "Quote" style.</summary>
internal sealed class QuoteRenderer : DocxObjectRenderer<QuoteBlock>
{
    protected override void Write(DocxRenderer renderer, QuoteBlock obj) =>
        renderer.WithScope(renderer.Scope with { ParagraphStyle = StyleIds.Quote }, () => renderer.WriteChildren(obj));
}
