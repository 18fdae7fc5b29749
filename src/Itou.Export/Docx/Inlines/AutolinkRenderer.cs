using Markdig.Syntax.Inlines;

namespace Itou.Export.Docx.Inlines;

/// <summary>An autolink (<c>&lt;https://…&gt;</c>, a bare URL, an e-mail address): the address, linked.</summary>
internal sealed class AutolinkRenderer : DocxObjectRenderer<AutolinkInline>
{
    protected override void Write(DocxRenderer renderer, AutolinkInline obj) =>
        HyperlinkWriter.Write(renderer, obj.IsEmail ? "mailto:" + obj.Url : obj.Url, obj, _ => renderer.WriteText(obj.Url));
}
