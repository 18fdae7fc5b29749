using Itou.Export.Markdown.Marks;
using Itou.Export.Rendering;

namespace Itou.Export.Docx.Inlines;

/// <summary>
/// Coloured text (<c>&lt;mark style="color:…; background-color:…"&gt;</c>), in the colours of the
/// <see cref="GitBookPalette"/> (the background as the run's shading).
/// </summary>
internal sealed class MarkRenderer : DocxObjectRenderer<MarkInline>
{
    protected override void Write(DocxRenderer renderer, MarkInline obj)
    {
        var (color, background) = renderer.State.Palette.Of(obj);
        renderer.WithFormat(
            f => f with { Color = color ?? f.Color, Fill = background ?? f.Fill },
            () => renderer.WriteChildren(obj));
    }
}
