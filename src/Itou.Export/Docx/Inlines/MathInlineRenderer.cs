using Markdig.Extensions.Mathematics;

namespace Itou.Export.Docx.Inlines;

/// <summary>An inline formula: its TeX source in italics.</summary>
internal sealed class MathInlineRenderer : DocxObjectRenderer<MathInline>
{
    protected override void Write(DocxRenderer renderer, MathInline obj) =>
        renderer.WithFormat(f => f with { Italic = true }, () => renderer.WriteText(obj.Content.ToString()));
}
