using Itou.Export.Markdown.Updates;
using Itou.Export.Pdf.Layout;
using Markdig.Renderers;

namespace Itou.Export.Pdf.GitBook;

/// <summary>
/// <c>{% updates %}</c>: each entry under its date and tags, separated by thin rules. Blocks written
/// outside any <c>{% update %}</c> are printed in place.
/// </summary>
internal sealed class UpdatesRenderer : MarkdownObjectRenderer<PdfRenderer, UpdatesBlock>
{
    protected override void Write(PdfRenderer renderer, UpdatesBlock obj)
    {
        var styles = renderer.Styles;
        var updates = new Column(PdfStyles.BlockGap);
        foreach (var block in obj)
        {
            if (block is not UpdateBlock update)
            {
                updates.Add(renderer.Blocks(() => renderer.Write(block)));
                continue;
            }
            var label = string.Join(" · ", new[] { update.Date }.Concat(update.Tags).Where(part => !string.IsNullOrWhiteSpace(part)));
            var entry = new Column(4).Add(new Line(0.5f, styles.Rule));
            if (label.Length > 0)
                entry.Add(new KeepWithNext(new TextBlock(label, styles.Small with { Bold = true, Color = styles.Primary })));
            updates.Add(entry.Add(renderer.BlocksOf(update)));
        }
        renderer.Add(updates);
    }
}
