using Itou.Export.Markdown.Buttons;
using Markdig.Renderers;

namespace Itou.Export.Docx.Inlines;

/// <summary>
/// <c>&lt;a class="button"&gt;</c>: a link in bold with an arrow, the way a printed call to action reads,
/// as in the PDF.
/// </summary>
internal sealed class ButtonRenderer : DocxObjectRenderer<ButtonInline>
{
    private readonly LinkRenderer link = new();

    protected override void Write(DocxRenderer renderer, ButtonInline obj) =>
        renderer.WithFormat(f => f with { Bold = true }, () =>
        {
            renderer.WriteText("\u2192 ");
            ((IMarkdownObjectRenderer)link).Write(renderer, obj);
        });
}
