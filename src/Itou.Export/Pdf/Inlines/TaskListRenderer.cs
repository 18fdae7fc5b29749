using Markdig.Extensions.TaskLists;
using Markdig.Renderers;

namespace Itou.Export.Pdf.Inlines;

/// <summary><c>- [ ]</c> / <c>- [x]</c>: an empty or ticked ballot box before the item's text.</summary>
internal sealed class TaskListRenderer : MarkdownObjectRenderer<PdfRenderer, TaskList>
{
    protected override void Write(PdfRenderer renderer, TaskList obj) =>
        renderer.Inlines.Append(obj.Checked ? "\u2611 " : "\u2610 ", verbatim: true,
            style: renderer.Inlines.Style with { Color = renderer.Styles.Primary });
}
