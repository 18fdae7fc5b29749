using Itou.Export.Docx.Styling;
using Itou.Export.Markdown.Keyboard;

namespace Itou.Export.Docx.Inlines;

/// <summary>A key (<c>&lt;kbd&gt;</c>): its text in the "Verbatim Char" style.</summary>
internal sealed class KeyboardRenderer : DocxObjectRenderer<KeyboardInline>
{
    protected override void Write(DocxRenderer renderer, KeyboardInline obj) =>
        renderer.WithFormat(f => f with { CharacterStyle = StyleIds.VerbatimChar }, () => renderer.WriteChildren(obj));
}
