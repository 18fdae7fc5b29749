using System.Globalization;
using Itou.Export.Pdf.Layout;
using Itou.Export.Pdf.Text;
using Markdig.Extensions.TaskLists;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Itou.Export.Pdf.Blocks;

/// <summary>
/// Bulleted and numbered lists, nested: each item is a marker in a fixed gutter beside its body (task
/// items show their box instead of a bullet). Tight lists keep their items close.
/// </summary>
internal sealed class ListRenderer : MarkdownObjectRenderer<PdfRenderer, ListBlock>
{
    private static readonly string[] Bullets = ["\u2022", "\u25E6", "\u25AA"];

    protected override void Write(PdfRenderer renderer, ListBlock obj)
    {
        var itemGap = obj.IsLoose ? PdfStyles.BlockGap : 3f;
        var list = new Column(itemGap);
        var number = obj.IsOrdered && int.TryParse(obj.OrderedStart, CultureInfo.InvariantCulture, out var start) ? start : 1;
        var gutter = obj.IsOrdered ? renderer.BodyStyle.Size * (obj.Count + number > 10 ? 2.2f : 1.7f) : renderer.BodyStyle.Size * 1.3f;
        renderer.ListDepth++;
        try
        {
            foreach (var item in obj.OfType<ListItemBlock>())
            {
                var marker = IsTask(item) ? "" : obj.IsOrdered ? $"{number++}{obj.OrderedDelimiter}" : Bullets[(renderer.ListDepth - 1) % Bullets.Length];
                var body = renderer.BlocksOf(item, itemGap);
                var markerStyle = renderer.BodyStyle with { Color = renderer.Styles.Primary, Bold = obj.IsOrdered };
                list.Add(marker.Length == 0
                    ? body
                    : new Row().AddFixed(gutter, new TextBlock(marker, markerStyle)).AddRelative(1, body));
            }
        }
        finally
        {
            renderer.ListDepth--;
        }
        renderer.Add(renderer.ListDepth > 0 ? list : new Padding(new Thickness(0, 0, 0, 4), list));
    }

    private static bool IsTask(ListItemBlock item) =>
        item.FirstOrDefault() is ParagraphBlock { Inline.FirstChild: TaskList };
}
