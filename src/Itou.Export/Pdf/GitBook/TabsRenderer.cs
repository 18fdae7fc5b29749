using Itou.Export.Markdown.Tabs;
using Itou.Export.Pdf.Layout;
using Markdig.Renderers;

namespace Itou.Export.Pdf.GitBook;

/// <summary>
/// <c>{% tabs %}</c>: paper cannot switch tabs, so every tab is printed, one after another, each under
/// its title (a small heading on a rule), inside one frame that shows they belong together. Blocks
/// written outside any <c>{% tab %}</c> are printed in place.
/// </summary>
internal sealed class TabsRenderer : MarkdownObjectRenderer<PdfRenderer, TabsBlock>
{
    protected override void Write(PdfRenderer renderer, TabsBlock obj)
    {
        var styles = renderer.Styles;
        var tabs = new Column(PdfStyles.BlockGap);
        var number = 0;
        foreach (var block in obj)
        {
            if (block is not TabBlock tab)
            {
                tabs.Add(renderer.Blocks(() => renderer.Write(block)));
                continue;
            }
            number++;
            var title = tab.Title.Length > 0 ? tab.Title : renderer.Labels.Tab(number);
            var heading = new Box(new BoxStyle { Bottom = new BorderSide(1.5f, styles.Primary) },
                new Padding(new Thickness(0, 0, 2, 0), new Layout.TextBlock(title, styles.Body with { Bold = true, Color = styles.Primary })));
            tabs.Add(new KeepWithNext(heading)).Add(renderer.BlocksOf(tab));
        }
        var frame = new BoxStyle().WithBorder(0.75f, styles.Rule) with { CornerRadius = PdfStyles.Radius };
        renderer.Add(new Box(frame, new Padding(Thickness.All(PdfStyles.BoxPadding), tabs)));
    }
}
