using Itou.Export.Docx.Styling;
using Itou.Export.Markdown.Tabs;

namespace Itou.Export.Docx.GitBook;

/// <summary>A tab: on paper every tab is printed, one after another, under its title ("Block Title").</summary>
internal sealed class TabRenderer : DocxObjectRenderer<TabBlock>
{
    protected override void Write(DocxRenderer renderer, TabBlock obj)
    {
        if (!string.IsNullOrWhiteSpace(obj.Title))
            renderer.WriteParagraph(StyleIds.BlockTitle, () => renderer.WriteText(obj.Title));
        renderer.WriteChildren(obj);
    }
}
