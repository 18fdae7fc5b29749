using Itou.Export.Docx.Styling;
using Itou.Export.Markdown.Updates;

namespace Itou.Export.Docx.GitBook;

/// <summary>An entry of an updates block: its date and tags as a "Block Title", then its body.</summary>
internal sealed class UpdateRenderer : DocxObjectRenderer<UpdateBlock>
{
    protected override void Write(DocxRenderer renderer, UpdateBlock obj)
    {
        var title = string.Join(" · ", new[] { obj.Date }.Concat(obj.Tags).Where(t => !string.IsNullOrWhiteSpace(t)));
        if (title.Length > 0)
            renderer.WriteParagraph(StyleIds.BlockTitle, () => renderer.WriteText(title));
        renderer.WriteChildren(obj);
    }
}
