using Itou.Export.Docx.Styling;
using Itou.Export.Markdown.Tabs;

namespace Itou.Export.Docx.GitBook;

/// <summary>
/// Tabs: on paper every tab is printed, one after another, under its title ("Block Title"); a tab
/// without one is named by its place among its tabs ("Tab 2" in the document's language).
/// </summary>
internal sealed class TabsRenderer : DocxObjectRenderer<TabsBlock>
{
    protected override void Write(DocxRenderer renderer, TabsBlock obj)
    {
        var number = 0;
        foreach (var block in obj)
        {
            if (block is not TabBlock tab)
            {
                renderer.Write(block);
                continue;
            }
            number++;
            var title = string.IsNullOrWhiteSpace(tab.Title) ? renderer.State.Labels.Tab(number) : tab.Title;
            renderer.WriteParagraph(StyleIds.BlockTitle, () => renderer.WriteText(title));
            renderer.WriteChildren(tab);
        }
    }
}
