using Itou.Export.Docx.Styling;
using Itou.Export.Markdown.Tabs;

namespace Itou.Export.Docx.GitBook;

/// <summary>
/// A tab: on paper every tab is printed, one after another, under its title ("Block Title"); a tab
/// without one is named by its place among its tabs ("Tab 2" in the document's language).
/// </summary>
internal sealed class TabRenderer : DocxObjectRenderer<TabBlock>
{
    protected override void Write(DocxRenderer renderer, TabBlock obj)
    {
        var title = string.IsNullOrWhiteSpace(obj.Title) ? renderer.State.Labels.Tab(Number(obj)) : obj.Title;
        renderer.WriteParagraph(StyleIds.BlockTitle, () => renderer.WriteText(title));
        renderer.WriteChildren(obj);
    }

    private static int Number(TabBlock tab) =>
        tab.Parent is { } tabs ? tabs.OfType<TabBlock>().TakeWhile(other => other != tab).Count() + 1 : 1;
}
