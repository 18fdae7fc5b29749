using Itou.Export.Docx.Styling;
using Itou.Export.Markdown.Updates;

namespace Itou.Export.Docx.GitBook;

/// <summary>An updates block: each entry's date and tags as a "Block Title", then its body.</summary>
internal sealed class UpdatesRenderer : DocxObjectRenderer<UpdatesBlock>
{
    protected override void Write(DocxRenderer renderer, UpdatesBlock obj)
    {
        foreach (var block in obj)
        {
            if (block is not UpdateBlock update)
            {
                renderer.Write(block);
                continue;
            }
            var title = string.Join(" · ", new[] { update.Date }.Concat(update.Tags).Where(t => !string.IsNullOrWhiteSpace(t)));
            if (title.Length > 0)
                renderer.WriteParagraph(StyleIds.BlockTitle, () => renderer.WriteText(title));
            renderer.WriteChildren(update);
        }
    }
}
